module completions {

  def "nu-complete a0 output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Administer the users of an Auth0 tenant, with a stateful local Auth0 tenant built in
  export extern a0 [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 login output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Log in to a tenant with a machine-to-machine application's credentials
  export extern "a0 login" [
    --domain: string          # Tenant domain (`acme.eu.auth0.com`) or URL; `http://` only for loopback addresses
    --client-id: string       # Client id of a machine-to-machine application authorized for the Management API
    --client-secret-stdin     # Read the client secret from standard input
    --client-secret: string   # The client secret as an argument. It lands in your shell history: prefer --client-secret-stdin
    --name: string            # Name for this tenant in a0 (default: the domain)
    --insecure-storage        # Keep the client secret in credentials.toml (mode 0600) instead of the OS keyring
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 login output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 logout output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Forget a tenant: its profile, secret and cached token
  export extern "a0 logout" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 logout output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    name?: string             # Tenant to forget (default: the current one)
  ]

  def "nu-complete a0 tenants output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List, choose and show the tenants a0 knows
  export extern "a0 tenants" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 tenants output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 tenants list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List known tenants (the built-in `local` one included)
  export extern "a0 tenants list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 tenants list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 tenants use output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Make NAME the default tenant (`local` for the built-in one)
  export extern "a0 tenants use" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 tenants use output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    name: string              # A name from `a0 tenants list`
  ]

  def "nu-complete a0 tenants current output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables
  export extern "a0 tenants current" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 tenants current output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 tenants help" [
  ]

  # List known tenants (the built-in `local` one included)
  export extern "a0 tenants help list" [
  ]

  # Make NAME the default tenant (`local` for the built-in one)
  export extern "a0 tenants help use" [
  ]

  # Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables
  export extern "a0 tenants help current" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 tenants help help" [
  ]

  def "nu-complete a0 token output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Print the Management API access token, or its claims
  export extern "a0 token" [
    --decode                  # Show the token's claims (audience, scopes, issued and expiry times) instead of the token
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 token output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List, search, create, update, block and delete users
  export extern "a0 users" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List or search users (Auth0 search syntax), page by page up to --limit
  export extern "a0 users list" [
    --query(-q): string       # Search query in Auth0's user-search syntax (e.g. `email:"ada@example.com"`, `blocked:true`)
    --sort: string            # Sort by a field, ascending (1) or descending (-1): `created_at:-1`
    --connection: string      # Only users of this connection (adds `identities.connection:"NAME"` to the query)
    --limit: string           # How many users to show at most (Auth0 returns at most 1,000 per search) [default: 50]
    --all                     # Every matching user, past Auth0's 1,000-result cap (the time range is split into windows of at most 1,000), in created_at order
    --page: string            # Fetch exactly this page (zero-based) instead of up to --limit users
    --per-page: string        # Users per page with --page (1–100) [default: 50]
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users get output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Show users by id, or find them by email
  export extern "a0 users get" [
    --email: string           # Find users by email instead (one per connection; Auth0 stores emails lower-cased)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users get output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...ids: string            # User ids (e.g. `auth0|63d17c4a8869daf88ed7db97`)
  ]

  def "nu-complete a0 users create email_verified" [] {
    [ "true" "false" ]
  }

  def "nu-complete a0 users create blocked" [] {
    [ "true" "false" ]
  }

  def "nu-complete a0 users create output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Create a user in a connection
  export extern "a0 users create" [
    --connection: string      # Connection to create the user in (e.g. Username-Password-Authentication)
    --email: string           # Email address
    --username: string        # Username (for connections that require one)
    --name: string            # Full name
    --given-name: string      # Given (first) name
    --family-name: string     # Family (last) name
    --nickname: string        # Nickname
    --picture: string         # Picture URL
    --phone-number: string    # Phone number in E.164 form (+14155550100)
    --email-verified: string@"nu-complete a0 users create email_verified" # Mark the email as verified (`--email-verified=false` to unmark)
    --verify-email            # Send a verification email (Auth0 sends one when the email is not verified)
    --no-verify-email         # Do not send a verification email
    --blocked: string@"nu-complete a0 users create blocked" # Block the user (`--blocked=false` to unblock)
    --app-metadata: string    # app_metadata as a JSON object: inline, @FILE, or - for stdin
    --user-metadata: string   # user_metadata as a JSON object: inline, @FILE, or - for stdin
    --data: string            # Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys
    --password-stdin          # Read the password from stdin (first line) instead of prompting
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users create output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users update email_verified" [] {
    [ "true" "false" ]
  }

  def "nu-complete a0 users update blocked" [] {
    [ "true" "false" ]
  }

  def "nu-complete a0 users update output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Change a user: sends only the fields you give
  export extern "a0 users update" [
    --from: path              # One change per user from FILE: NDJSON or a JSON array of objects (`user_id` plus the fields to set), or CSV with a `user_id` column and one column per field (`app_metadata.plan`; empty cells are not sent)
    --connection: string      # The identity's connection (needed to change email, username or password of a secondary identity)
    --email: string           # Email address
    --username: string        # Username (for connections that require one)
    --name: string            # Full name
    --given-name: string      # Given (first) name
    --family-name: string     # Family (last) name
    --nickname: string        # Nickname
    --picture: string         # Picture URL
    --phone-number: string    # Phone number in E.164 form (+14155550100)
    --email-verified: string@"nu-complete a0 users update email_verified" # Mark the email as verified (`--email-verified=false` to unmark)
    --verify-email            # Send a verification email (Auth0 sends one when the email is not verified)
    --no-verify-email         # Do not send a verification email
    --blocked: string@"nu-complete a0 users update blocked" # Block the user (`--blocked=false` to unblock)
    --app-metadata: string    # app_metadata as a JSON object: inline, @FILE, or - for stdin
    --user-metadata: string   # user_metadata as a JSON object: inline, @FILE, or - for stdin
    --data: string            # Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys
    --password-stdin          # Read a new password from stdin (first line)
    --password-prompt         # Ask for a new password on the terminal (hidden)
    --unset: string           # Remove a root attribute (repeatable): name, given_name, family_name, nickname, picture, phone_number, username, email, app_metadata, user_metadata
    --query(-q): string       # Change every user matching this query (however many; past Auth0's 1,000-result cap) instead of ids
    --yes(-y)                 # Do not ask for confirmation (required off a terminal for --query, - and --from)
    --dry-run                 # List the users that would change, and send no write
    --concurrency: string     # At most this many requests in flight (1–64)
    --errors-file: path       # Write per-user failures (NDJSON) to FILE instead of stdout
    --resume                  # Finish an interrupted run of this same command (from its journal in the state dir)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users update output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...ids: string            # User ids (e.g. `auth0|63d17c4a8869daf88ed7db97`); `-` alone reads ids (or users as NDJSON or a JSON array) from stdin
  ]

  def "nu-complete a0 users delete output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Delete users (asks first on a terminal; needs --yes otherwise)
  export extern "a0 users delete" [
    --connection: string      # With --query: only users of this connection
    --query(-q): string       # Change every user matching this query (however many; past Auth0's 1,000-result cap) instead of ids
    --yes(-y)                 # Do not ask for confirmation (required off a terminal for --query, - and --from)
    --dry-run                 # List the users that would change, and send no write
    --concurrency: string     # At most this many requests in flight (1–64)
    --errors-file: path       # Write per-user failures (NDJSON) to FILE instead of stdout
    --resume                  # Finish an interrupted run of this same command (from its journal in the state dir)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users delete output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...ids: string            # User ids; `-` alone reads ids (or users as NDJSON or a JSON array) from stdin
  ]

  def "nu-complete a0 users block output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Block users: they can no longer log in
  export extern "a0 users block" [
    --connection: string      # With --query: only users of this connection
    --query(-q): string       # Change every user matching this query (however many; past Auth0's 1,000-result cap) instead of ids
    --yes(-y)                 # Do not ask for confirmation (required off a terminal for --query, - and --from)
    --dry-run                 # List the users that would change, and send no write
    --concurrency: string     # At most this many requests in flight (1–64)
    --errors-file: path       # Write per-user failures (NDJSON) to FILE instead of stdout
    --resume                  # Finish an interrupted run of this same command (from its journal in the state dir)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users block output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...ids: string            # User ids; `-` alone reads ids (or users as NDJSON or a JSON array) from stdin
  ]

  def "nu-complete a0 users unblock output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Unblock users
  export extern "a0 users unblock" [
    --connection: string      # With --query: only users of this connection
    --query(-q): string       # Change every user matching this query (however many; past Auth0's 1,000-result cap) instead of ids
    --yes(-y)                 # Do not ask for confirmation (required off a terminal for --query, - and --from)
    --dry-run                 # List the users that would change, and send no write
    --concurrency: string     # At most this many requests in flight (1–64)
    --errors-file: path       # Write per-user failures (NDJSON) to FILE instead of stdout
    --resume                  # Finish an interrupted run of this same command (from its journal in the state dir)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users unblock output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...ids: string            # User ids; `-` alone reads ids (or users as NDJSON or a JSON array) from stdin
  ]

  def "nu-complete a0 users blocks output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Brute-force blocks (failed-login lockouts): list, clear. Not `block`'s blocked: true
  export extern "a0 users blocks" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users blocks output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users blocks list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List a user's brute-force blocks (failed-login lockouts), by user id or --identifier
  export extern "a0 users blocks list" [
    --identifier: string      # An email, username or phone number instead of an id (may name users of several connections)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users blocks list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user?: string             # The user's id
  ]

  def "nu-complete a0 users blocks clear output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Lift a user's brute-force blocks so they can try again (their password stays)
  export extern "a0 users blocks clear" [
    --identifier: string      # An email, username or phone number instead of an id (may name users of several connections)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users blocks clear output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user?: string             # The user's id
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users blocks help" [
  ]

  # List a user's brute-force blocks (failed-login lockouts), by user id or --identifier
  export extern "a0 users blocks help list" [
  ]

  # Lift a user's brute-force blocks so they can try again (their password stays)
  export extern "a0 users blocks help clear" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users blocks help help" [
  ]

  def "nu-complete a0 users reset-password output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A password-change link for the user ("I forgot my password"), printed on stdout
  export extern "a0 users reset-password" [
    --ttl: string             # How long the link works, in seconds [default: Auth0's 5 days]
    --result-url: string      # Where the page sends the user afterwards
    --mark-email-verified     # Also mark the user's email verified when they use the link (they proved they read it)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users reset-password output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users verify-email output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Send the verification email again, or print a verification link (--ticket)
  export extern "a0 users verify-email" [
    --ticket                  # Print a verification link instead of sending the email
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users verify-email output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users link output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Link a second account into a user (its identity moves; the secondary user goes)
  export extern "a0 users link" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users link output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    primary: string           # The user who stays (the primary)
    secondary: string         # The user whose identity moves into the primary (provider|id)
  ]

  def "nu-complete a0 users unlink output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Unlink an identity from a user: it becomes a user of its own again
  export extern "a0 users unlink" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users unlink output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    primary: string           # The user who has the identity
    provider: string          # The identity's provider (auth0, google-oauth2, email, …)
    user_id: string           # The identity's user id, without the `provider|` prefix
  ]

  def "nu-complete a0 users logs output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A user's recent log events, newest first (logins, blocks, password changes, API changes)
  export extern "a0 users logs" [
    --limit: string           # How many events at most, newest first [default: 50]
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users logs output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users mfa output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A user's MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers
  export extern "a0 users mfa" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users mfa output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users mfa list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List a user's enrolled MFA methods
  export extern "a0 users mfa list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users mfa list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users mfa reset output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login
  export extern "a0 users mfa reset" [
    --yes                     # Do not ask (required off a terminal)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users mfa reset output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users mfa forget-browsers output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Make every browser the user ticked "remember me" on ask for MFA again
  export extern "a0 users mfa forget-browsers" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users mfa forget-browsers output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users mfa help" [
  ]

  # List a user's enrolled MFA methods
  export extern "a0 users mfa help list" [
  ]

  # Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login
  export extern "a0 users mfa help reset" [
  ]

  # Make every browser the user ticked "remember me" on ask for MFA again
  export extern "a0 users mfa help forget-browsers" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users mfa help help" [
  ]

  def "nu-complete a0 users refresh-tokens output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A user's refresh tokens: list, revoke ("log me out everywhere")
  export extern "a0 users refresh-tokens" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users refresh-tokens output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users refresh-tokens list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List a user's refresh tokens
  export extern "a0 users refresh-tokens list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users refresh-tokens list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users refresh-tokens revoke output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Revoke all of a user's refresh tokens (or one with --id): their apps must log in again
  export extern "a0 users refresh-tokens revoke" [
    --id: string              # Revoke only this token (an id from `list`)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users refresh-tokens revoke output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users refresh-tokens help" [
  ]

  # List a user's refresh tokens
  export extern "a0 users refresh-tokens help list" [
  ]

  # Revoke all of a user's refresh tokens (or one with --id): their apps must log in again
  export extern "a0 users refresh-tokens help revoke" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users refresh-tokens help help" [
  ]

  def "nu-complete a0 users token output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A user's own tokens (password-realm login), for /userinfo, /tokeninfo or your API
  export extern "a0 users token" [
    --password-stdin          # Read the user's password from stdin (first line) instead of prompting
    --audience: string        # The API the access token is for (its identifier); default: the tenant's default audience
    --scope: string           # Scopes to ask for [default: openid profile email]
    --connection: string      # The user's database connection (the realm); default: the one the user is in
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users token output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user: email, username or user id
  ]

  def "nu-complete a0 users roles output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A user's roles: list, assign, remove
  export extern "a0 users roles" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users roles output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users roles list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List a user's roles
  export extern "a0 users roles list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users roles list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users roles assign output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Give a user roles
  export extern "a0 users roles assign" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users roles assign output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
    ...roles: string          # Roles, by id (rol_…) or exact name
  ]

  def "nu-complete a0 users roles remove output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Take roles away from a user
  export extern "a0 users roles remove" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users roles remove output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
    ...roles: string          # Roles, by id (rol_…) or exact name
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users roles help" [
  ]

  # List a user's roles
  export extern "a0 users roles help list" [
  ]

  # Give a user roles
  export extern "a0 users roles help assign" [
  ]

  # Take roles away from a user
  export extern "a0 users roles help remove" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users roles help help" [
  ]

  def "nu-complete a0 users permissions output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A user's permissions (direct, and from roles): list, add, remove
  export extern "a0 users permissions" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users permissions output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 users permissions list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List a user's permissions: direct ones and those of their roles
  export extern "a0 users permissions list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users permissions list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
  ]

  def "nu-complete a0 users permissions add output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Give a user permissions of an API directly
  export extern "a0 users permissions add" [
    --api: string             # The API the permissions belong to: its identifier (audience)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users permissions add output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
    ...permissions: string    # Permission names, as the API defines them
  ]

  def "nu-complete a0 users permissions remove output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Take direct permissions away from a user (those of roles stay: change the role)
  export extern "a0 users permissions remove" [
    --api: string             # The API the permissions belong to: its identifier (audience)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 users permissions remove output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    user: string              # The user's id
    ...permissions: string    # Permission names, as the API defines them
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users permissions help" [
  ]

  # List a user's permissions: direct ones and those of their roles
  export extern "a0 users permissions help list" [
  ]

  # Give a user permissions of an API directly
  export extern "a0 users permissions help add" [
  ]

  # Take direct permissions away from a user (those of roles stay: change the role)
  export extern "a0 users permissions help remove" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users permissions help help" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users help" [
  ]

  # List or search users (Auth0 search syntax), page by page up to --limit
  export extern "a0 users help list" [
  ]

  # Show users by id, or find them by email
  export extern "a0 users help get" [
  ]

  # Create a user in a connection
  export extern "a0 users help create" [
  ]

  # Change a user: sends only the fields you give
  export extern "a0 users help update" [
  ]

  # Delete users (asks first on a terminal; needs --yes otherwise)
  export extern "a0 users help delete" [
  ]

  # Block users: they can no longer log in
  export extern "a0 users help block" [
  ]

  # Unblock users
  export extern "a0 users help unblock" [
  ]

  # Brute-force blocks (failed-login lockouts): list, clear. Not `block`'s blocked: true
  export extern "a0 users help blocks" [
  ]

  # List a user's brute-force blocks (failed-login lockouts), by user id or --identifier
  export extern "a0 users help blocks list" [
  ]

  # Lift a user's brute-force blocks so they can try again (their password stays)
  export extern "a0 users help blocks clear" [
  ]

  # A password-change link for the user ("I forgot my password"), printed on stdout
  export extern "a0 users help reset-password" [
  ]

  # Send the verification email again, or print a verification link (--ticket)
  export extern "a0 users help verify-email" [
  ]

  # Link a second account into a user (its identity moves; the secondary user goes)
  export extern "a0 users help link" [
  ]

  # Unlink an identity from a user: it becomes a user of its own again
  export extern "a0 users help unlink" [
  ]

  # A user's recent log events, newest first (logins, blocks, password changes, API changes)
  export extern "a0 users help logs" [
  ]

  # A user's MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers
  export extern "a0 users help mfa" [
  ]

  # List a user's enrolled MFA methods
  export extern "a0 users help mfa list" [
  ]

  # Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login
  export extern "a0 users help mfa reset" [
  ]

  # Make every browser the user ticked "remember me" on ask for MFA again
  export extern "a0 users help mfa forget-browsers" [
  ]

  # A user's refresh tokens: list, revoke ("log me out everywhere")
  export extern "a0 users help refresh-tokens" [
  ]

  # List a user's refresh tokens
  export extern "a0 users help refresh-tokens list" [
  ]

  # Revoke all of a user's refresh tokens (or one with --id): their apps must log in again
  export extern "a0 users help refresh-tokens revoke" [
  ]

  # A user's own tokens (password-realm login), for /userinfo, /tokeninfo or your API
  export extern "a0 users help token" [
  ]

  # A user's roles: list, assign, remove
  export extern "a0 users help roles" [
  ]

  # List a user's roles
  export extern "a0 users help roles list" [
  ]

  # Give a user roles
  export extern "a0 users help roles assign" [
  ]

  # Take roles away from a user
  export extern "a0 users help roles remove" [
  ]

  # A user's permissions (direct, and from roles): list, add, remove
  export extern "a0 users help permissions" [
  ]

  # List a user's permissions: direct ones and those of their roles
  export extern "a0 users help permissions list" [
  ]

  # Give a user permissions of an API directly
  export extern "a0 users help permissions add" [
  ]

  # Take direct permissions away from a user (those of roles stay: change the role)
  export extern "a0 users help permissions remove" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 users help help" [
  ]

  def "nu-complete a0 userinfo output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # The profile a user's access token gives (/userinfo); the token comes from stdin
  export extern "a0 userinfo" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 userinfo output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    token?: string            # The token, or `-` (the default) to read it from stdin; avoid putting tokens in argv
  ]

  def "nu-complete a0 tokeninfo output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # The profile in a user's ID token (/tokeninfo); the token comes from stdin
  export extern "a0 tokeninfo" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 tokeninfo output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    token?: string            # The token, or `-` (the default) to read it from stdin; avoid putting tokens in argv
  ]

  def "nu-complete a0 apis output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # APIs (resource servers): the audiences tokens are for, their permissions, RBAC
  export extern "a0 apis" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 apis output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 apis list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List the tenant's APIs (the Management API is the system one)
  export extern "a0 apis list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 apis list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 apis get output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Show an API, by id or identifier
  export extern "a0 apis get" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 apis get output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    api: string               # The API's id or identifier (audience), e.g. https://api.example.com
  ]

  def "nu-complete a0 apis create output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Create an API
  export extern "a0 apis create" [
    --identifier: string      # The audience tokens are issued for: a URI, unchangeable afterwards
    --name: string            # A friendly name
    --scopes: string          # Permissions (scopes) the API defines, comma-separated: read:orders,write:orders
    --rbac                    # Enable RBAC: a user's token gets only the permissions their roles and direct grants give
    --permissions-in-token    # Add a `permissions` claim to access tokens (the access_token_authz dialect); needs --rbac
    --offline-access          # Allow refresh tokens (offline_access) for this API
    --token-lifetime: string  # Access token lifetime in seconds (Auth0's default: 86400)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 apis create output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 apis update output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Change an API: only what you give
  export extern "a0 apis update" [
    --name: string            # A new name
    --scopes: string          # The API's whole list of permissions, comma-separated (replaces the current list)
    --rbac                    # Enable RBAC
    --no-rbac                 # Disable RBAC (and the permissions claim)
    --permissions-in-token    # Add a `permissions` claim to access tokens
    --no-permissions-in-token # Stop adding the `permissions` claim
    --offline-access          # Allow refresh tokens
    --no-offline-access       # Disallow refresh tokens
    --token-lifetime: string  # Access token lifetime in seconds
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 apis update output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    api: string               # The API's id or identifier
  ]

  def "nu-complete a0 apis delete output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Delete an API (asks first on a terminal; needs --yes otherwise)
  export extern "a0 apis delete" [
    --yes                     # Do not ask (required off a terminal)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 apis delete output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    api: string               # The API's id or identifier
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 apis help" [
  ]

  # List the tenant's APIs (the Management API is the system one)
  export extern "a0 apis help list" [
  ]

  # Show an API, by id or identifier
  export extern "a0 apis help get" [
  ]

  # Create an API
  export extern "a0 apis help create" [
  ]

  # Change an API: only what you give
  export extern "a0 apis help update" [
  ]

  # Delete an API (asks first on a terminal; needs --yes otherwise)
  export extern "a0 apis help delete" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 apis help help" [
  ]

  def "nu-complete a0 roles output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Roles, their permissions and their users
  export extern "a0 roles" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 roles list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List roles (all, or those whose name contains --name)
  export extern "a0 roles list" [
    --name: string            # Only roles whose name contains this text (case-insensitive)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 roles get output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Show a role, by id or exact name
  export extern "a0 roles get" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles get output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id (rol_…) or exact name
  ]

  def "nu-complete a0 roles create output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Create a role
  export extern "a0 roles create" [
    --description: string     # What the role is for
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles create output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    name: string              # The role's name (unique in the tenant)
  ]

  def "nu-complete a0 roles update output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Rename a role or change its description
  export extern "a0 roles update" [
    --name: string            # A new name
    --description: string     # A new description
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles update output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id or exact name
  ]

  def "nu-complete a0 roles delete output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)
  export extern "a0 roles delete" [
    --yes                     # Do not ask (required off a terminal)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles delete output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id or exact name
  ]

  def "nu-complete a0 roles permissions output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A role's permissions: list, add, remove
  export extern "a0 roles permissions" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles permissions output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 roles permissions list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List the permissions a role grants
  export extern "a0 roles permissions list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles permissions list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id (rol_…) or exact name
  ]

  def "nu-complete a0 roles permissions add output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Give a role permissions of an API
  export extern "a0 roles permissions add" [
    --api: string             # The API the permissions belong to: its identifier (audience)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles permissions add output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id (rol_…) or exact name
    ...permissions: string    # Permission names, as the API defines them (read:orders …)
  ]

  def "nu-complete a0 roles permissions remove output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Take permissions away from a role
  export extern "a0 roles permissions remove" [
    --api: string             # The API the permissions belong to: its identifier (audience)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles permissions remove output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id (rol_…) or exact name
    ...permissions: string    # Permission names, as the API defines them (read:orders …)
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 roles permissions help" [
  ]

  # List the permissions a role grants
  export extern "a0 roles permissions help list" [
  ]

  # Give a role permissions of an API
  export extern "a0 roles permissions help add" [
  ]

  # Take permissions away from a role
  export extern "a0 roles permissions help remove" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 roles permissions help help" [
  ]

  def "nu-complete a0 roles users output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # A role's users: list, add
  export extern "a0 roles users" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles users output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 roles users list output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # List a role's users (every one: checkpoint paging has no 1,000 cap)
  export extern "a0 roles users list" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles users list output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id (rol_…) or exact name
  ]

  def "nu-complete a0 roles users add output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Give a role to users: ids, `-` (stdin) or --query
  export extern "a0 roles users add" [
    --query(-q): string       # Every user matching this query (past Auth0's 1,000-result cap)
    --yes                     # Do not ask (required off a terminal for --query and -)
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 roles users add output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    role: string              # The role's id (rol_…) or exact name
    ...ids: string            # User ids; `-` alone reads ids (or users as NDJSON or a JSON array) from stdin
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 roles users help" [
  ]

  # List a role's users (every one: checkpoint paging has no 1,000 cap)
  export extern "a0 roles users help list" [
  ]

  # Give a role to users: ids, `-` (stdin) or --query
  export extern "a0 roles users help add" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 roles users help help" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 roles help" [
  ]

  # List roles (all, or those whose name contains --name)
  export extern "a0 roles help list" [
  ]

  # Show a role, by id or exact name
  export extern "a0 roles help get" [
  ]

  # Create a role
  export extern "a0 roles help create" [
  ]

  # Rename a role or change its description
  export extern "a0 roles help update" [
  ]

  # Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)
  export extern "a0 roles help delete" [
  ]

  # A role's permissions: list, add, remove
  export extern "a0 roles help permissions" [
  ]

  # List the permissions a role grants
  export extern "a0 roles help permissions list" [
  ]

  # Give a role permissions of an API
  export extern "a0 roles help permissions add" [
  ]

  # Take permissions away from a role
  export extern "a0 roles help permissions remove" [
  ]

  # A role's users: list, add
  export extern "a0 roles help users" [
  ]

  # List a role's users (every one: checkpoint paging has no 1,000 cap)
  export extern "a0 roles help users list" [
  ]

  # Give a role to users: ids, `-` (stdin) or --query
  export extern "a0 roles help users add" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 roles help help" [
  ]

  def "nu-complete a0 jobs output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Bulk import and export users (Auth0 jobs), and inspect jobs
  export extern "a0 jobs" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 jobs output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 jobs import output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Import users from a JSON array or NDJSON file (e.g. an export), validated locally first
  export extern "a0 jobs import" [
    --connection: string      # Database connection to import into (name or `con_…` id)
    --upsert                  # Update users that already exist (matched on email, user_id or username) instead of failing them
    --external-id: string     # Your own identifier for the jobs, echoed back by Auth0
    --send-completion-email   # Have Auth0 email every tenant owner when each job completes (off unless given)
    --no-wait                 # Print the job ids once every chunk is submitted; don't wait for the last jobs or fetch errors
    --errors-file: path       # Write the per-user errors to this file (JSON) instead of stdout
    --dry-run                 # Validate and split only; send nothing
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 jobs import output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    file: string              # Users file: a JSON array or NDJSON; `-` reads stdin
  ]

  def "nu-complete a0 jobs export format" [] {
    [ "ndjson" "json" "csv" ]
  }

  def "nu-complete a0 jobs export output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV
  export extern "a0 jobs export" [
    --connection: string      # Only users of this connection (name or `con_…` id); default: the whole tenant
    --format: string@"nu-complete a0 jobs export format" # What to write
    --limit: string           # Export at most this many users
    --out(-O): string         # Where to write (`-` for stdout, the default)
    --no-wait                 # Print the job and return without waiting or downloading
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 jobs export output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 jobs get output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Show a job
  export extern "a0 jobs get" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 jobs get output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    id: string                # Job id (`job_…`)
  ]

  def "nu-complete a0 jobs wait output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Wait until a job finishes, then show it
  export extern "a0 jobs wait" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 jobs wait output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    id: string                # Job id (`job_…`)
  ]

  def "nu-complete a0 jobs errors output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Show the per-user errors of an import job
  export extern "a0 jobs errors" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 jobs errors output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    id: string                # Job id (`job_…`)
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 jobs help" [
  ]

  # Import users from a JSON array or NDJSON file (e.g. an export), validated locally first
  export extern "a0 jobs help import" [
  ]

  # Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV
  export extern "a0 jobs help export" [
  ]

  # Show a job
  export extern "a0 jobs help get" [
  ]

  # Wait until a job finishes, then show it
  export extern "a0 jobs help wait" [
  ]

  # Show the per-user errors of an import job
  export extern "a0 jobs help errors" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 jobs help help" [
  ]

  def "nu-complete a0 emulator output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Run the local Auth0 tenant as a server
  export extern "a0 emulator" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 emulator output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete a0 emulator serve output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)
  export extern "a0 emulator serve" [
    --addr: string            # Address to listen on (port 0 picks a free port)
    --data: path              # SQLite file of the tenant (created if missing). Default: the local tenant's file, as the CLI uses it
    --memory                  # Keep everything in memory; nothing is written to disk
    --client-id: string       # Id of the built-in admin client (else the stored or a generated one)
    --client-secret: string   # Secret of the built-in admin client; prefer the environment variable to keep it out of argv
    --config: path            # TOML file with extra clients: `[[clients]] id = "…" secret = "…" scopes = ["read:users"]`
    --rate-limit: string      # Management API requests per second (token bucket, burst of the same size). Default: unlimited
    --latency: string         # Delay every /api/v2 and /oauth/token response by MS milliseconds
    --seed: path              # JSON array of users in the bulk-import format, inserted on start (existing ids are skipped)
    --log-requests            # Log one line per request to stderr: method, path, status, duration, client id (never a secret)
    --tls                     # Serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1 signed by a local CA (kept in the data dir; a fresh one with --memory). Clients trust it through SSL_CERT_FILE / NODE_EXTRA_CA_CERTS
    --ca-out: path            # Write the CA certificate (PEM) to FILE, for clients to trust. Implies --tls
    --tls-cert: path          # Serve HTTPS with this certificate chain (PEM) instead of the local CA's. Implies --tls
    --tls-key: path           # The private key (PEM) of --tls-cert
    --bcrypt-cost: string     # bcrypt cost for new password hashes
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 emulator serve output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 emulator help" [
  ]

  # Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)
  export extern "a0 emulator help serve" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 emulator help help" [
  ]

  def "nu-complete a0 completions shell" [] {
    [ "bash" "zsh" "fish" "powershell" "elvish" "nushell" ]
  }

  def "nu-complete a0 completions output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Print a shell completion script
  export extern "a0 completions" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 completions output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    shell: string@"nu-complete a0 completions shell" # The shell to generate a script for
  ]

  def "nu-complete a0 man output" [] {
    [ "table" "json" "ndjson" "csv" ]
  }

  # Write man pages (a0.1 and one per subcommand) into a directory
  export extern "a0 man" [
    --tenant: string          # Tenant to use (a name from `a0 tenants list`, or `local`)
    --no-input                # Never prompt; fail instead when a value is missing
    --verbose(-v)             # Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted
    --timeout: string         # Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]
    --output(-o): string@"nu-complete a0 man output" # Output format [default: table]
    --json                    # Short for `-o json`
    --jq: string              # Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON
    --fields: string          # Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)
    --quiet                   # Print only ids, one per line
    --no-color                # Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    dir: path                 # Directory to write `a0.1` and one page per subcommand into
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 help" [
  ]

  # Log in to a tenant with a machine-to-machine application's credentials
  export extern "a0 help login" [
  ]

  # Forget a tenant: its profile, secret and cached token
  export extern "a0 help logout" [
  ]

  # List, choose and show the tenants a0 knows
  export extern "a0 help tenants" [
  ]

  # List known tenants (the built-in `local` one included)
  export extern "a0 help tenants list" [
  ]

  # Make NAME the default tenant (`local` for the built-in one)
  export extern "a0 help tenants use" [
  ]

  # Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables
  export extern "a0 help tenants current" [
  ]

  # Print the Management API access token, or its claims
  export extern "a0 help token" [
  ]

  # List, search, create, update, block and delete users
  export extern "a0 help users" [
  ]

  # List or search users (Auth0 search syntax), page by page up to --limit
  export extern "a0 help users list" [
  ]

  # Show users by id, or find them by email
  export extern "a0 help users get" [
  ]

  # Create a user in a connection
  export extern "a0 help users create" [
  ]

  # Change a user: sends only the fields you give
  export extern "a0 help users update" [
  ]

  # Delete users (asks first on a terminal; needs --yes otherwise)
  export extern "a0 help users delete" [
  ]

  # Block users: they can no longer log in
  export extern "a0 help users block" [
  ]

  # Unblock users
  export extern "a0 help users unblock" [
  ]

  # Brute-force blocks (failed-login lockouts): list, clear. Not `block`'s blocked: true
  export extern "a0 help users blocks" [
  ]

  # List a user's brute-force blocks (failed-login lockouts), by user id or --identifier
  export extern "a0 help users blocks list" [
  ]

  # Lift a user's brute-force blocks so they can try again (their password stays)
  export extern "a0 help users blocks clear" [
  ]

  # A password-change link for the user ("I forgot my password"), printed on stdout
  export extern "a0 help users reset-password" [
  ]

  # Send the verification email again, or print a verification link (--ticket)
  export extern "a0 help users verify-email" [
  ]

  # Link a second account into a user (its identity moves; the secondary user goes)
  export extern "a0 help users link" [
  ]

  # Unlink an identity from a user: it becomes a user of its own again
  export extern "a0 help users unlink" [
  ]

  # A user's recent log events, newest first (logins, blocks, password changes, API changes)
  export extern "a0 help users logs" [
  ]

  # A user's MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers
  export extern "a0 help users mfa" [
  ]

  # List a user's enrolled MFA methods
  export extern "a0 help users mfa list" [
  ]

  # Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login
  export extern "a0 help users mfa reset" [
  ]

  # Make every browser the user ticked "remember me" on ask for MFA again
  export extern "a0 help users mfa forget-browsers" [
  ]

  # A user's refresh tokens: list, revoke ("log me out everywhere")
  export extern "a0 help users refresh-tokens" [
  ]

  # List a user's refresh tokens
  export extern "a0 help users refresh-tokens list" [
  ]

  # Revoke all of a user's refresh tokens (or one with --id): their apps must log in again
  export extern "a0 help users refresh-tokens revoke" [
  ]

  # A user's own tokens (password-realm login), for /userinfo, /tokeninfo or your API
  export extern "a0 help users token" [
  ]

  # A user's roles: list, assign, remove
  export extern "a0 help users roles" [
  ]

  # List a user's roles
  export extern "a0 help users roles list" [
  ]

  # Give a user roles
  export extern "a0 help users roles assign" [
  ]

  # Take roles away from a user
  export extern "a0 help users roles remove" [
  ]

  # A user's permissions (direct, and from roles): list, add, remove
  export extern "a0 help users permissions" [
  ]

  # List a user's permissions: direct ones and those of their roles
  export extern "a0 help users permissions list" [
  ]

  # Give a user permissions of an API directly
  export extern "a0 help users permissions add" [
  ]

  # Take direct permissions away from a user (those of roles stay: change the role)
  export extern "a0 help users permissions remove" [
  ]

  # The profile a user's access token gives (/userinfo); the token comes from stdin
  export extern "a0 help userinfo" [
  ]

  # The profile in a user's ID token (/tokeninfo); the token comes from stdin
  export extern "a0 help tokeninfo" [
  ]

  # APIs (resource servers): the audiences tokens are for, their permissions, RBAC
  export extern "a0 help apis" [
  ]

  # List the tenant's APIs (the Management API is the system one)
  export extern "a0 help apis list" [
  ]

  # Show an API, by id or identifier
  export extern "a0 help apis get" [
  ]

  # Create an API
  export extern "a0 help apis create" [
  ]

  # Change an API: only what you give
  export extern "a0 help apis update" [
  ]

  # Delete an API (asks first on a terminal; needs --yes otherwise)
  export extern "a0 help apis delete" [
  ]

  # Roles, their permissions and their users
  export extern "a0 help roles" [
  ]

  # List roles (all, or those whose name contains --name)
  export extern "a0 help roles list" [
  ]

  # Show a role, by id or exact name
  export extern "a0 help roles get" [
  ]

  # Create a role
  export extern "a0 help roles create" [
  ]

  # Rename a role or change its description
  export extern "a0 help roles update" [
  ]

  # Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)
  export extern "a0 help roles delete" [
  ]

  # A role's permissions: list, add, remove
  export extern "a0 help roles permissions" [
  ]

  # List the permissions a role grants
  export extern "a0 help roles permissions list" [
  ]

  # Give a role permissions of an API
  export extern "a0 help roles permissions add" [
  ]

  # Take permissions away from a role
  export extern "a0 help roles permissions remove" [
  ]

  # A role's users: list, add
  export extern "a0 help roles users" [
  ]

  # List a role's users (every one: checkpoint paging has no 1,000 cap)
  export extern "a0 help roles users list" [
  ]

  # Give a role to users: ids, `-` (stdin) or --query
  export extern "a0 help roles users add" [
  ]

  # Bulk import and export users (Auth0 jobs), and inspect jobs
  export extern "a0 help jobs" [
  ]

  # Import users from a JSON array or NDJSON file (e.g. an export), validated locally first
  export extern "a0 help jobs import" [
  ]

  # Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV
  export extern "a0 help jobs export" [
  ]

  # Show a job
  export extern "a0 help jobs get" [
  ]

  # Wait until a job finishes, then show it
  export extern "a0 help jobs wait" [
  ]

  # Show the per-user errors of an import job
  export extern "a0 help jobs errors" [
  ]

  # Run the local Auth0 tenant as a server
  export extern "a0 help emulator" [
  ]

  # Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)
  export extern "a0 help emulator serve" [
  ]

  # Print a shell completion script
  export extern "a0 help completions" [
  ]

  # Write man pages (a0.1 and one per subcommand) into a directory
  export extern "a0 help man" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "a0 help help" [
  ]

}

export use completions *
