//! Auth0's user search v3 query language (`q`): a parser to an AST and a compiler to a SQL `WHERE` fragment
//! over the `users` table with bound parameters.
