
use builtin;
use str;

set edit:completion:arg-completer[a0] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'a0'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'a0'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Log in to a tenant with a machine-to-machine application''s credentials'
            cand logout 'Forget a tenant: its profile, secret and cached token'
            cand tenants 'List, choose and show the tenants a0 knows'
            cand token 'Print the Management API access token, or its claims'
            cand users 'List, search, create, update, block and delete users'
            cand userinfo 'The profile a user''s access token gives (/userinfo); the token comes from stdin'
            cand tokeninfo 'The profile in a user''s ID token (/tokeninfo); the token comes from stdin'
            cand apis 'APIs (resource servers): the audiences tokens are for, their permissions, RBAC'
            cand roles 'Roles, their permissions and their users'
            cand jobs 'Bulk import and export users (Auth0 jobs), and inspect jobs'
            cand emulator 'Run the local Auth0 tenant as a server'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages (a0.1 and one per subcommand) into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;login'= {
            cand --domain 'Tenant domain (`acme.eu.auth0.com`) or URL; `http://` only for loopback addresses'
            cand --client-id 'Client id of a machine-to-machine application authorized for the Management API'
            cand --client-secret 'The client secret as an argument. It lands in your shell history: prefer --client-secret-stdin'
            cand --name 'Name for this tenant in a0 (default: the domain)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --client-secret-stdin 'Read the client secret from standard input'
            cand --insecure-storage 'Keep the client secret in credentials.toml (mode 0600) instead of the OS keyring'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;logout'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;tenants'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List known tenants (the built-in `local` one included)'
            cand use 'Make NAME the default tenant (`local` for the built-in one)'
            cand current 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;tenants;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;tenants;use'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;tenants;current'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;tenants;help'= {
            cand list 'List known tenants (the built-in `local` one included)'
            cand use 'Make NAME the default tenant (`local` for the built-in one)'
            cand current 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;tenants;help;list'= {
        }
        &'a0;tenants;help;use'= {
        }
        &'a0;tenants;help;current'= {
        }
        &'a0;tenants;help;help'= {
        }
        &'a0;token'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --decode 'Show the token''s claims (audience, scopes, issued and expiry times) instead of the token'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List or search users (Auth0 search syntax), page by page up to --limit'
            cand get 'Show users by id, or find them by email'
            cand create 'Create a user in a connection'
            cand update 'Change a user: sends only the fields you give'
            cand delete 'Delete users (asks first on a terminal; needs --yes otherwise)'
            cand block 'Block users: they can no longer log in'
            cand unblock 'Unblock users'
            cand blocks 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`''s blocked: true'
            cand reset-password 'A password-change link for the user ("I forgot my password"), printed on stdout'
            cand verify-email 'Send the verification email again, or print a verification link (--ticket)'
            cand link 'Link a second account into a user (its identity moves; the secondary user goes)'
            cand unlink 'Unlink an identity from a user: it becomes a user of its own again'
            cand logs 'A user''s recent log events, newest first (logins, blocks, password changes, API changes)'
            cand mfa 'A user''s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers'
            cand refresh-tokens 'A user''s refresh tokens: list, revoke ("log me out everywhere")'
            cand token 'A user''s own tokens (password-realm login), for /userinfo, /tokeninfo or your API'
            cand roles 'A user''s roles: list, assign, remove'
            cand permissions 'A user''s permissions (direct, and from roles): list, add, remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;list'= {
            cand -q 'Search query in Auth0''s user-search syntax (e.g. `email:"ada@example.com"`, `blocked:true`)'
            cand --query 'Search query in Auth0''s user-search syntax (e.g. `email:"ada@example.com"`, `blocked:true`)'
            cand --sort 'Sort by a field, ascending (1) or descending (-1): `created_at:-1`'
            cand --connection 'Only users of this connection (adds `identities.connection:"NAME"` to the query)'
            cand --limit 'How many users to show at most (Auth0 returns at most 1,000 per search) [default: 50]'
            cand --page 'Fetch exactly this page (zero-based) instead of up to --limit users'
            cand --per-page 'Users per page with --page (1–100) [default: 50]'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --all 'Every matching user, past Auth0''s 1,000-result cap (the time range is split into windows of at most 1,000), in created_at order'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;get'= {
            cand --email 'Find users by email instead (one per connection; Auth0 stores emails lower-cased)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;create'= {
            cand --connection 'Connection to create the user in (e.g. Username-Password-Authentication)'
            cand --email 'Email address'
            cand --username 'Username (for connections that require one)'
            cand --name 'Full name'
            cand --given-name 'Given (first) name'
            cand --family-name 'Family (last) name'
            cand --nickname 'Nickname'
            cand --picture 'Picture URL'
            cand --phone-number 'Phone number in E.164 form (+14155550100)'
            cand --email-verified 'Mark the email as verified (`--email-verified=false` to unmark)'
            cand --blocked 'Block the user (`--blocked=false` to unblock)'
            cand --app-metadata 'app_metadata as a JSON object: inline, @FILE, or - for stdin'
            cand --user-metadata 'user_metadata as a JSON object: inline, @FILE, or - for stdin'
            cand --data 'Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --verify-email 'Send a verification email (Auth0 sends one when the email is not verified)'
            cand --no-verify-email 'Do not send a verification email'
            cand --password-stdin 'Read the password from stdin (first line) instead of prompting'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;update'= {
            cand --from 'One change per user from FILE: NDJSON or a JSON array of objects (`user_id` plus the fields to set), or CSV with a `user_id` column and one column per field (`app_metadata.plan`; empty cells are not sent)'
            cand --connection 'The identity''s connection (needed to change email, username or password of a secondary identity)'
            cand --email 'Email address'
            cand --username 'Username (for connections that require one)'
            cand --name 'Full name'
            cand --given-name 'Given (first) name'
            cand --family-name 'Family (last) name'
            cand --nickname 'Nickname'
            cand --picture 'Picture URL'
            cand --phone-number 'Phone number in E.164 form (+14155550100)'
            cand --email-verified 'Mark the email as verified (`--email-verified=false` to unmark)'
            cand --blocked 'Block the user (`--blocked=false` to unblock)'
            cand --app-metadata 'app_metadata as a JSON object: inline, @FILE, or - for stdin'
            cand --user-metadata 'user_metadata as a JSON object: inline, @FILE, or - for stdin'
            cand --data 'Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys'
            cand --unset 'Remove a root attribute (repeatable): name, given_name, family_name, nickname, picture, phone_number, username, email, app_metadata, user_metadata'
            cand -q 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --query 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --concurrency 'At most this many requests in flight (1–64)'
            cand --errors-file 'Write per-user failures (NDJSON) to FILE instead of stdout'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --verify-email 'Send a verification email (Auth0 sends one when the email is not verified)'
            cand --no-verify-email 'Do not send a verification email'
            cand --password-stdin 'Read a new password from stdin (first line)'
            cand --password-prompt 'Ask for a new password on the terminal (hidden)'
            cand -y 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --yes 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --dry-run 'List the users that would change, and send no write'
            cand --resume 'Finish an interrupted run of this same command (from its journal in the state dir)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;delete'= {
            cand --connection 'With --query: only users of this connection'
            cand -q 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --query 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --concurrency 'At most this many requests in flight (1–64)'
            cand --errors-file 'Write per-user failures (NDJSON) to FILE instead of stdout'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand -y 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --yes 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --dry-run 'List the users that would change, and send no write'
            cand --resume 'Finish an interrupted run of this same command (from its journal in the state dir)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;block'= {
            cand --connection 'With --query: only users of this connection'
            cand -q 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --query 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --concurrency 'At most this many requests in flight (1–64)'
            cand --errors-file 'Write per-user failures (NDJSON) to FILE instead of stdout'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand -y 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --yes 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --dry-run 'List the users that would change, and send no write'
            cand --resume 'Finish an interrupted run of this same command (from its journal in the state dir)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;unblock'= {
            cand --connection 'With --query: only users of this connection'
            cand -q 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --query 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids'
            cand --concurrency 'At most this many requests in flight (1–64)'
            cand --errors-file 'Write per-user failures (NDJSON) to FILE instead of stdout'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand -y 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --yes 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
            cand --dry-run 'List the users that would change, and send no write'
            cand --resume 'Finish an interrupted run of this same command (from its journal in the state dir)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;blocks'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier'
            cand clear 'Lift a user''s brute-force blocks so they can try again (their password stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;blocks;list'= {
            cand --identifier 'An email, username or phone number instead of an id (may name users of several connections)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;blocks;clear'= {
            cand --identifier 'An email, username or phone number instead of an id (may name users of several connections)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;blocks;help'= {
            cand list 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier'
            cand clear 'Lift a user''s brute-force blocks so they can try again (their password stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;blocks;help;list'= {
        }
        &'a0;users;blocks;help;clear'= {
        }
        &'a0;users;blocks;help;help'= {
        }
        &'a0;users;reset-password'= {
            cand --ttl 'How long the link works, in seconds [default: Auth0''s 5 days]'
            cand --result-url 'Where the page sends the user afterwards'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --mark-email-verified 'Also mark the user''s email verified when they use the link (they proved they read it)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;verify-email'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --ticket 'Print a verification link instead of sending the email'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;link'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;unlink'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;logs'= {
            cand --limit 'How many events at most, newest first [default: 50]'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;mfa'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a user''s enrolled MFA methods'
            cand reset 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login'
            cand forget-browsers 'Make every browser the user ticked "remember me" on ask for MFA again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;mfa;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;mfa;reset'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --yes 'Do not ask (required off a terminal)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;mfa;forget-browsers'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;mfa;help'= {
            cand list 'List a user''s enrolled MFA methods'
            cand reset 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login'
            cand forget-browsers 'Make every browser the user ticked "remember me" on ask for MFA again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;mfa;help;list'= {
        }
        &'a0;users;mfa;help;reset'= {
        }
        &'a0;users;mfa;help;forget-browsers'= {
        }
        &'a0;users;mfa;help;help'= {
        }
        &'a0;users;refresh-tokens'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a user''s refresh tokens'
            cand revoke 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;refresh-tokens;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;refresh-tokens;revoke'= {
            cand --id 'Revoke only this token (an id from `list`)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;refresh-tokens;help'= {
            cand list 'List a user''s refresh tokens'
            cand revoke 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;refresh-tokens;help;list'= {
        }
        &'a0;users;refresh-tokens;help;revoke'= {
        }
        &'a0;users;refresh-tokens;help;help'= {
        }
        &'a0;users;token'= {
            cand --audience 'The API the access token is for (its identifier); default: the tenant''s default audience'
            cand --scope 'Scopes to ask for [default: openid profile email]'
            cand --connection 'The user''s database connection (the realm); default: the one the user is in'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --password-stdin 'Read the user''s password from stdin (first line) instead of prompting'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;roles'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a user''s roles'
            cand assign 'Give a user roles'
            cand remove 'Take roles away from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;roles;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;roles;assign'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;roles;remove'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;roles;help'= {
            cand list 'List a user''s roles'
            cand assign 'Give a user roles'
            cand remove 'Take roles away from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;roles;help;list'= {
        }
        &'a0;users;roles;help;assign'= {
        }
        &'a0;users;roles;help;remove'= {
        }
        &'a0;users;roles;help;help'= {
        }
        &'a0;users;permissions'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a user''s permissions: direct ones and those of their roles'
            cand add 'Give a user permissions of an API directly'
            cand remove 'Take direct permissions away from a user (those of roles stay: change the role)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;permissions;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;permissions;add'= {
            cand --api 'The API the permissions belong to: its identifier (audience)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;permissions;remove'= {
            cand --api 'The API the permissions belong to: its identifier (audience)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;users;permissions;help'= {
            cand list 'List a user''s permissions: direct ones and those of their roles'
            cand add 'Give a user permissions of an API directly'
            cand remove 'Take direct permissions away from a user (those of roles stay: change the role)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;permissions;help;list'= {
        }
        &'a0;users;permissions;help;add'= {
        }
        &'a0;users;permissions;help;remove'= {
        }
        &'a0;users;permissions;help;help'= {
        }
        &'a0;users;help'= {
            cand list 'List or search users (Auth0 search syntax), page by page up to --limit'
            cand get 'Show users by id, or find them by email'
            cand create 'Create a user in a connection'
            cand update 'Change a user: sends only the fields you give'
            cand delete 'Delete users (asks first on a terminal; needs --yes otherwise)'
            cand block 'Block users: they can no longer log in'
            cand unblock 'Unblock users'
            cand blocks 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`''s blocked: true'
            cand reset-password 'A password-change link for the user ("I forgot my password"), printed on stdout'
            cand verify-email 'Send the verification email again, or print a verification link (--ticket)'
            cand link 'Link a second account into a user (its identity moves; the secondary user goes)'
            cand unlink 'Unlink an identity from a user: it becomes a user of its own again'
            cand logs 'A user''s recent log events, newest first (logins, blocks, password changes, API changes)'
            cand mfa 'A user''s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers'
            cand refresh-tokens 'A user''s refresh tokens: list, revoke ("log me out everywhere")'
            cand token 'A user''s own tokens (password-realm login), for /userinfo, /tokeninfo or your API'
            cand roles 'A user''s roles: list, assign, remove'
            cand permissions 'A user''s permissions (direct, and from roles): list, add, remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;users;help;list'= {
        }
        &'a0;users;help;get'= {
        }
        &'a0;users;help;create'= {
        }
        &'a0;users;help;update'= {
        }
        &'a0;users;help;delete'= {
        }
        &'a0;users;help;block'= {
        }
        &'a0;users;help;unblock'= {
        }
        &'a0;users;help;blocks'= {
            cand list 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier'
            cand clear 'Lift a user''s brute-force blocks so they can try again (their password stays)'
        }
        &'a0;users;help;blocks;list'= {
        }
        &'a0;users;help;blocks;clear'= {
        }
        &'a0;users;help;reset-password'= {
        }
        &'a0;users;help;verify-email'= {
        }
        &'a0;users;help;link'= {
        }
        &'a0;users;help;unlink'= {
        }
        &'a0;users;help;logs'= {
        }
        &'a0;users;help;mfa'= {
            cand list 'List a user''s enrolled MFA methods'
            cand reset 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login'
            cand forget-browsers 'Make every browser the user ticked "remember me" on ask for MFA again'
        }
        &'a0;users;help;mfa;list'= {
        }
        &'a0;users;help;mfa;reset'= {
        }
        &'a0;users;help;mfa;forget-browsers'= {
        }
        &'a0;users;help;refresh-tokens'= {
            cand list 'List a user''s refresh tokens'
            cand revoke 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again'
        }
        &'a0;users;help;refresh-tokens;list'= {
        }
        &'a0;users;help;refresh-tokens;revoke'= {
        }
        &'a0;users;help;token'= {
        }
        &'a0;users;help;roles'= {
            cand list 'List a user''s roles'
            cand assign 'Give a user roles'
            cand remove 'Take roles away from a user'
        }
        &'a0;users;help;roles;list'= {
        }
        &'a0;users;help;roles;assign'= {
        }
        &'a0;users;help;roles;remove'= {
        }
        &'a0;users;help;permissions'= {
            cand list 'List a user''s permissions: direct ones and those of their roles'
            cand add 'Give a user permissions of an API directly'
            cand remove 'Take direct permissions away from a user (those of roles stay: change the role)'
        }
        &'a0;users;help;permissions;list'= {
        }
        &'a0;users;help;permissions;add'= {
        }
        &'a0;users;help;permissions;remove'= {
        }
        &'a0;users;help;help'= {
        }
        &'a0;userinfo'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;tokeninfo'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;apis'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the tenant''s APIs (the Management API is the system one)'
            cand get 'Show an API, by id or identifier'
            cand create 'Create an API'
            cand update 'Change an API: only what you give'
            cand delete 'Delete an API (asks first on a terminal; needs --yes otherwise)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;apis;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;apis;get'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;apis;create'= {
            cand --identifier 'The audience tokens are issued for: a URI, unchangeable afterwards'
            cand --name 'A friendly name'
            cand --scopes 'Permissions (scopes) the API defines, comma-separated: read:orders,write:orders'
            cand --token-lifetime 'Access token lifetime in seconds (Auth0''s default: 86400)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --rbac 'Enable RBAC: a user''s token gets only the permissions their roles and direct grants give'
            cand --permissions-in-token 'Add a `permissions` claim to access tokens (the access_token_authz dialect); needs --rbac'
            cand --offline-access 'Allow refresh tokens (offline_access) for this API'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;apis;update'= {
            cand --name 'A new name'
            cand --scopes 'The API''s whole list of permissions, comma-separated (replaces the current list)'
            cand --token-lifetime 'Access token lifetime in seconds'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --rbac 'Enable RBAC'
            cand --no-rbac 'Disable RBAC (and the permissions claim)'
            cand --permissions-in-token 'Add a `permissions` claim to access tokens'
            cand --no-permissions-in-token 'Stop adding the `permissions` claim'
            cand --offline-access 'Allow refresh tokens'
            cand --no-offline-access 'Disallow refresh tokens'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;apis;delete'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --yes 'Do not ask (required off a terminal)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;apis;help'= {
            cand list 'List the tenant''s APIs (the Management API is the system one)'
            cand get 'Show an API, by id or identifier'
            cand create 'Create an API'
            cand update 'Change an API: only what you give'
            cand delete 'Delete an API (asks first on a terminal; needs --yes otherwise)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;apis;help;list'= {
        }
        &'a0;apis;help;get'= {
        }
        &'a0;apis;help;create'= {
        }
        &'a0;apis;help;update'= {
        }
        &'a0;apis;help;delete'= {
        }
        &'a0;apis;help;help'= {
        }
        &'a0;roles'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List roles (all, or those whose name contains --name)'
            cand get 'Show a role, by id or exact name'
            cand create 'Create a role'
            cand update 'Rename a role or change its description'
            cand delete 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)'
            cand permissions 'A role''s permissions: list, add, remove'
            cand users 'A role''s users: list, add'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;roles;list'= {
            cand --name 'Only roles whose name contains this text (case-insensitive)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;get'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;create'= {
            cand --description 'What the role is for'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;update'= {
            cand --name 'A new name'
            cand --description 'A new description'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;delete'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --yes 'Do not ask (required off a terminal)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;permissions'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the permissions a role grants'
            cand add 'Give a role permissions of an API'
            cand remove 'Take permissions away from a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;roles;permissions;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;permissions;add'= {
            cand --api 'The API the permissions belong to: its identifier (audience)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;permissions;remove'= {
            cand --api 'The API the permissions belong to: its identifier (audience)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;permissions;help'= {
            cand list 'List the permissions a role grants'
            cand add 'Give a role permissions of an API'
            cand remove 'Take permissions away from a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;roles;permissions;help;list'= {
        }
        &'a0;roles;permissions;help;add'= {
        }
        &'a0;roles;permissions;help;remove'= {
        }
        &'a0;roles;permissions;help;help'= {
        }
        &'a0;roles;users'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a role''s users (every one: checkpoint paging has no 1,000 cap)'
            cand add 'Give a role to users: ids, `-` (stdin) or --query'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;roles;users;list'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;users;add'= {
            cand -q 'Every user matching this query (past Auth0''s 1,000-result cap)'
            cand --query 'Every user matching this query (past Auth0''s 1,000-result cap)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --yes 'Do not ask (required off a terminal for --query and -)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;roles;users;help'= {
            cand list 'List a role''s users (every one: checkpoint paging has no 1,000 cap)'
            cand add 'Give a role to users: ids, `-` (stdin) or --query'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;roles;users;help;list'= {
        }
        &'a0;roles;users;help;add'= {
        }
        &'a0;roles;users;help;help'= {
        }
        &'a0;roles;help'= {
            cand list 'List roles (all, or those whose name contains --name)'
            cand get 'Show a role, by id or exact name'
            cand create 'Create a role'
            cand update 'Rename a role or change its description'
            cand delete 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)'
            cand permissions 'A role''s permissions: list, add, remove'
            cand users 'A role''s users: list, add'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;roles;help;list'= {
        }
        &'a0;roles;help;get'= {
        }
        &'a0;roles;help;create'= {
        }
        &'a0;roles;help;update'= {
        }
        &'a0;roles;help;delete'= {
        }
        &'a0;roles;help;permissions'= {
            cand list 'List the permissions a role grants'
            cand add 'Give a role permissions of an API'
            cand remove 'Take permissions away from a role'
        }
        &'a0;roles;help;permissions;list'= {
        }
        &'a0;roles;help;permissions;add'= {
        }
        &'a0;roles;help;permissions;remove'= {
        }
        &'a0;roles;help;users'= {
            cand list 'List a role''s users (every one: checkpoint paging has no 1,000 cap)'
            cand add 'Give a role to users: ids, `-` (stdin) or --query'
        }
        &'a0;roles;help;users;list'= {
        }
        &'a0;roles;help;users;add'= {
        }
        &'a0;roles;help;help'= {
        }
        &'a0;jobs'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first'
            cand export 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV'
            cand get 'Show a job'
            cand wait 'Wait until a job finishes, then show it'
            cand errors 'Show the per-user errors of an import job'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;jobs;import'= {
            cand --connection 'Database connection to import into (name or `con_…` id)'
            cand --external-id 'Your own identifier for the jobs, echoed back by Auth0'
            cand --errors-file 'Write the per-user errors to this file (JSON) instead of stdout'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --upsert 'Update users that already exist (matched on email, user_id or username) instead of failing them'
            cand --send-completion-email 'Have Auth0 email every tenant owner when each job completes (off unless given)'
            cand --no-wait 'Print the job ids once every chunk is submitted; don''t wait for the last jobs or fetch errors'
            cand --dry-run 'Validate and split only; send nothing'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;jobs;export'= {
            cand --connection 'Only users of this connection (name or `con_…` id); default: the whole tenant'
            cand --format 'What to write'
            cand --limit 'Export at most this many users'
            cand -O 'Where to write (`-` for stdout, the default)'
            cand --out 'Where to write (`-` for stdout, the default)'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-wait 'Print the job and return without waiting or downloading'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;jobs;get'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;jobs;wait'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;jobs;errors'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;jobs;help'= {
            cand import 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first'
            cand export 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV'
            cand get 'Show a job'
            cand wait 'Wait until a job finishes, then show it'
            cand errors 'Show the per-user errors of an import job'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;jobs;help;import'= {
        }
        &'a0;jobs;help;export'= {
        }
        &'a0;jobs;help;get'= {
        }
        &'a0;jobs;help;wait'= {
        }
        &'a0;jobs;help;errors'= {
        }
        &'a0;jobs;help;help'= {
        }
        &'a0;emulator'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;emulator;serve'= {
            cand --addr 'Address to listen on (port 0 picks a free port)'
            cand --data 'SQLite file of the tenant (created if missing). Default: the local tenant''s file, as the CLI uses it'
            cand --client-id 'Id of the built-in admin client (else the stored or a generated one)'
            cand --client-secret 'Secret of the built-in admin client; prefer the environment variable to keep it out of argv'
            cand --config 'TOML file with extra clients: `[[clients]] id = "…" secret = "…" scopes = ["read:users"]`'
            cand --rate-limit 'Management API requests per second (token bucket, burst of the same size). Default: unlimited'
            cand --latency 'Delay every /api/v2 and /oauth/token response by MS milliseconds'
            cand --seed 'JSON array of users in the bulk-import format, inserted on start (existing ids are skipped)'
            cand --ca-out 'Write the CA certificate (PEM) to FILE, for clients to trust. Implies --tls'
            cand --tls-cert 'Serve HTTPS with this certificate chain (PEM) instead of the local CA''s. Implies --tls'
            cand --tls-key 'The private key (PEM) of --tls-cert'
            cand --bcrypt-cost 'bcrypt cost for new password hashes'
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --memory 'Keep everything in memory; nothing is written to disk'
            cand --log-requests 'Log one line per request to stderr: method, path, status, duration, client id (never a secret)'
            cand --tls 'Serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1 signed by a local CA (kept in the data dir; a fresh one with --memory). Clients trust it through SSL_CERT_FILE / NODE_EXTRA_CA_CERTS'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;emulator;help'= {
            cand serve 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;emulator;help;serve'= {
        }
        &'a0;emulator;help;help'= {
        }
        &'a0;completions'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;man'= {
            cand --tenant 'Tenant to use (a name from `a0 tenants list`, or `local`)'
            cand --timeout 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON'
            cand --fields 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)'
            cand --no-input 'Never prompt; fail instead when a value is missing'
            cand -v 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
            cand --json 'Short for `-o json`'
            cand --quiet 'Print only ids, one per line'
            cand --no-color 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'a0;help'= {
            cand login 'Log in to a tenant with a machine-to-machine application''s credentials'
            cand logout 'Forget a tenant: its profile, secret and cached token'
            cand tenants 'List, choose and show the tenants a0 knows'
            cand token 'Print the Management API access token, or its claims'
            cand users 'List, search, create, update, block and delete users'
            cand userinfo 'The profile a user''s access token gives (/userinfo); the token comes from stdin'
            cand tokeninfo 'The profile in a user''s ID token (/tokeninfo); the token comes from stdin'
            cand apis 'APIs (resource servers): the audiences tokens are for, their permissions, RBAC'
            cand roles 'Roles, their permissions and their users'
            cand jobs 'Bulk import and export users (Auth0 jobs), and inspect jobs'
            cand emulator 'Run the local Auth0 tenant as a server'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages (a0.1 and one per subcommand) into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'a0;help;login'= {
        }
        &'a0;help;logout'= {
        }
        &'a0;help;tenants'= {
            cand list 'List known tenants (the built-in `local` one included)'
            cand use 'Make NAME the default tenant (`local` for the built-in one)'
            cand current 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables'
        }
        &'a0;help;tenants;list'= {
        }
        &'a0;help;tenants;use'= {
        }
        &'a0;help;tenants;current'= {
        }
        &'a0;help;token'= {
        }
        &'a0;help;users'= {
            cand list 'List or search users (Auth0 search syntax), page by page up to --limit'
            cand get 'Show users by id, or find them by email'
            cand create 'Create a user in a connection'
            cand update 'Change a user: sends only the fields you give'
            cand delete 'Delete users (asks first on a terminal; needs --yes otherwise)'
            cand block 'Block users: they can no longer log in'
            cand unblock 'Unblock users'
            cand blocks 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`''s blocked: true'
            cand reset-password 'A password-change link for the user ("I forgot my password"), printed on stdout'
            cand verify-email 'Send the verification email again, or print a verification link (--ticket)'
            cand link 'Link a second account into a user (its identity moves; the secondary user goes)'
            cand unlink 'Unlink an identity from a user: it becomes a user of its own again'
            cand logs 'A user''s recent log events, newest first (logins, blocks, password changes, API changes)'
            cand mfa 'A user''s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers'
            cand refresh-tokens 'A user''s refresh tokens: list, revoke ("log me out everywhere")'
            cand token 'A user''s own tokens (password-realm login), for /userinfo, /tokeninfo or your API'
            cand roles 'A user''s roles: list, assign, remove'
            cand permissions 'A user''s permissions (direct, and from roles): list, add, remove'
        }
        &'a0;help;users;list'= {
        }
        &'a0;help;users;get'= {
        }
        &'a0;help;users;create'= {
        }
        &'a0;help;users;update'= {
        }
        &'a0;help;users;delete'= {
        }
        &'a0;help;users;block'= {
        }
        &'a0;help;users;unblock'= {
        }
        &'a0;help;users;blocks'= {
            cand list 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier'
            cand clear 'Lift a user''s brute-force blocks so they can try again (their password stays)'
        }
        &'a0;help;users;blocks;list'= {
        }
        &'a0;help;users;blocks;clear'= {
        }
        &'a0;help;users;reset-password'= {
        }
        &'a0;help;users;verify-email'= {
        }
        &'a0;help;users;link'= {
        }
        &'a0;help;users;unlink'= {
        }
        &'a0;help;users;logs'= {
        }
        &'a0;help;users;mfa'= {
            cand list 'List a user''s enrolled MFA methods'
            cand reset 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login'
            cand forget-browsers 'Make every browser the user ticked "remember me" on ask for MFA again'
        }
        &'a0;help;users;mfa;list'= {
        }
        &'a0;help;users;mfa;reset'= {
        }
        &'a0;help;users;mfa;forget-browsers'= {
        }
        &'a0;help;users;refresh-tokens'= {
            cand list 'List a user''s refresh tokens'
            cand revoke 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again'
        }
        &'a0;help;users;refresh-tokens;list'= {
        }
        &'a0;help;users;refresh-tokens;revoke'= {
        }
        &'a0;help;users;token'= {
        }
        &'a0;help;users;roles'= {
            cand list 'List a user''s roles'
            cand assign 'Give a user roles'
            cand remove 'Take roles away from a user'
        }
        &'a0;help;users;roles;list'= {
        }
        &'a0;help;users;roles;assign'= {
        }
        &'a0;help;users;roles;remove'= {
        }
        &'a0;help;users;permissions'= {
            cand list 'List a user''s permissions: direct ones and those of their roles'
            cand add 'Give a user permissions of an API directly'
            cand remove 'Take direct permissions away from a user (those of roles stay: change the role)'
        }
        &'a0;help;users;permissions;list'= {
        }
        &'a0;help;users;permissions;add'= {
        }
        &'a0;help;users;permissions;remove'= {
        }
        &'a0;help;userinfo'= {
        }
        &'a0;help;tokeninfo'= {
        }
        &'a0;help;apis'= {
            cand list 'List the tenant''s APIs (the Management API is the system one)'
            cand get 'Show an API, by id or identifier'
            cand create 'Create an API'
            cand update 'Change an API: only what you give'
            cand delete 'Delete an API (asks first on a terminal; needs --yes otherwise)'
        }
        &'a0;help;apis;list'= {
        }
        &'a0;help;apis;get'= {
        }
        &'a0;help;apis;create'= {
        }
        &'a0;help;apis;update'= {
        }
        &'a0;help;apis;delete'= {
        }
        &'a0;help;roles'= {
            cand list 'List roles (all, or those whose name contains --name)'
            cand get 'Show a role, by id or exact name'
            cand create 'Create a role'
            cand update 'Rename a role or change its description'
            cand delete 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)'
            cand permissions 'A role''s permissions: list, add, remove'
            cand users 'A role''s users: list, add'
        }
        &'a0;help;roles;list'= {
        }
        &'a0;help;roles;get'= {
        }
        &'a0;help;roles;create'= {
        }
        &'a0;help;roles;update'= {
        }
        &'a0;help;roles;delete'= {
        }
        &'a0;help;roles;permissions'= {
            cand list 'List the permissions a role grants'
            cand add 'Give a role permissions of an API'
            cand remove 'Take permissions away from a role'
        }
        &'a0;help;roles;permissions;list'= {
        }
        &'a0;help;roles;permissions;add'= {
        }
        &'a0;help;roles;permissions;remove'= {
        }
        &'a0;help;roles;users'= {
            cand list 'List a role''s users (every one: checkpoint paging has no 1,000 cap)'
            cand add 'Give a role to users: ids, `-` (stdin) or --query'
        }
        &'a0;help;roles;users;list'= {
        }
        &'a0;help;roles;users;add'= {
        }
        &'a0;help;jobs'= {
            cand import 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first'
            cand export 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV'
            cand get 'Show a job'
            cand wait 'Wait until a job finishes, then show it'
            cand errors 'Show the per-user errors of an import job'
        }
        &'a0;help;jobs;import'= {
        }
        &'a0;help;jobs;export'= {
        }
        &'a0;help;jobs;get'= {
        }
        &'a0;help;jobs;wait'= {
        }
        &'a0;help;jobs;errors'= {
        }
        &'a0;help;emulator'= {
            cand serve 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)'
        }
        &'a0;help;emulator;serve'= {
        }
        &'a0;help;completions'= {
        }
        &'a0;help;man'= {
        }
        &'a0;help;help'= {
        }
    ]
    $completions[$command]
}
