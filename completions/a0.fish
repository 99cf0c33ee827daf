# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_a0_global_optspecs
    string join \n tenant= no-input v/verbose timeout= o/output= json jq= fields= quiet no-color h/help V/version
end

function __fish_a0_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_a0_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_a0_using_subcommand
    set -l cmd (__fish_a0_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c a0 -n "__fish_a0_needs_command" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_needs_command" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_needs_command" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_needs_command" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_needs_command" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_needs_command" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_needs_command" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_needs_command" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_needs_command" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_needs_command" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_needs_command" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_needs_command" -f -a "login" -d 'Log in to a tenant with a machine-to-machine application\'s credentials'
complete -c a0 -n "__fish_a0_needs_command" -f -a "logout" -d 'Forget a tenant: its profile, secret and cached token'
complete -c a0 -n "__fish_a0_needs_command" -f -a "tenants" -d 'List, choose and show the tenants a0 knows'
complete -c a0 -n "__fish_a0_needs_command" -f -a "token" -d 'Print the Management API access token, or its claims'
complete -c a0 -n "__fish_a0_needs_command" -f -a "users" -d 'List, search, create, update, block and delete users'
complete -c a0 -n "__fish_a0_needs_command" -f -a "userinfo" -d 'The profile a user\'s access token gives (/userinfo); the token comes from stdin'
complete -c a0 -n "__fish_a0_needs_command" -f -a "tokeninfo" -d 'The profile in a user\'s ID token (/tokeninfo); the token comes from stdin'
complete -c a0 -n "__fish_a0_needs_command" -f -a "apis" -d 'APIs (resource servers): the audiences tokens are for, their permissions, RBAC'
complete -c a0 -n "__fish_a0_needs_command" -f -a "roles" -d 'Roles, their permissions and their users'
complete -c a0 -n "__fish_a0_needs_command" -f -a "jobs" -d 'Bulk import and export users (Auth0 jobs), and inspect jobs'
complete -c a0 -n "__fish_a0_needs_command" -f -a "emulator" -d 'Run the local Auth0 tenant as a server'
complete -c a0 -n "__fish_a0_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c a0 -n "__fish_a0_needs_command" -f -a "man" -d 'Write man pages (a0.1 and one per subcommand) into a directory'
complete -c a0 -n "__fish_a0_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand login" -l domain -d 'Tenant domain (`acme.eu.auth0.com`) or URL; `http://` only for loopback addresses' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -l client-id -d 'Client id of a machine-to-machine application authorized for the Management API' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -l client-secret -d 'The client secret as an argument. It lands in your shell history: prefer --client-secret-stdin' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -l name -d 'Name for this tenant in a0 (default: the domain)' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand login" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand login" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c a0 -n "__fish_a0_using_subcommand login" -l insecure-storage -d 'Keep the client secret in credentials.toml (mode 0600) instead of the OS keyring'
complete -c a0 -n "__fish_a0_using_subcommand login" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand login" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand login" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand login" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand login" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand login" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand logout" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand logout" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand logout" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand logout" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand logout" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand logout" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand logout" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand logout" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand logout" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand logout" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand logout" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -f -a "list" -d 'List known tenants (the built-in `local` one included)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -f -a "use" -d 'Make NAME the default tenant (`local` for the built-in one)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -f -a "current" -d 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and not __fish_seen_subcommand_from list use current help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "list" -d 'List known tenants (the built-in `local` one included)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make NAME the default tenant (`local` for the built-in one)'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "current" -d 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables'
complete -c a0 -n "__fish_a0_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand token" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand token" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand token" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand token" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand token" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand token" -l decode -d 'Show the token\'s claims (audience, scopes, issued and expiry times) instead of the token'
complete -c a0 -n "__fish_a0_using_subcommand token" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand token" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand token" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand token" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand token" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand token" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "list" -d 'List or search users (Auth0 search syntax), page by page up to --limit'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "get" -d 'Show users by id, or find them by email'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "create" -d 'Create a user in a connection'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "update" -d 'Change a user: sends only the fields you give'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "delete" -d 'Delete users (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "block" -d 'Block users: they can no longer log in'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "unblock" -d 'Unblock users'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "blocks" -d 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`\'s blocked: true'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "reset-password" -d 'A password-change link for the user ("I forgot my password"), printed on stdout'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "verify-email" -d 'Send the verification email again, or print a verification link (--ticket)'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "link" -d 'Link a second account into a user (its identity moves; the secondary user goes)'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "unlink" -d 'Unlink an identity from a user: it becomes a user of its own again'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "logs" -d 'A user\'s recent log events, newest first (logins, blocks, password changes, API changes)'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "mfa" -d 'A user\'s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "refresh-tokens" -d 'A user\'s refresh tokens: list, revoke ("log me out everywhere")'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "token" -d 'A user\'s own tokens (password-realm login), for /userinfo, /tokeninfo or your API'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "roles" -d 'A user\'s roles: list, assign, remove'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "permissions" -d 'A user\'s permissions (direct, and from roles): list, add, remove'
complete -c a0 -n "__fish_a0_using_subcommand users; and not __fish_seen_subcommand_from list get create update delete block unblock blocks reset-password verify-email link unlink logs mfa refresh-tokens token roles permissions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l query -d 'Search query in Auth0\'s user-search syntax (e.g. `email:"ada@example.com"`, `blocked:true`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l sort -d 'Sort by a field, ascending (1) or descending (-1): `created_at:-1`' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l connection -d 'Only users of this connection (adds `identities.connection:"NAME"` to the query)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l limit -d 'How many users to show at most (Auth0 returns at most 1,000 per search) [default: 50]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l page -d 'Fetch exactly this page (zero-based) instead of up to --limit users' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l per-page -d 'Users per page with --page (1–100) [default: 50]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l all -d 'Every matching user, past Auth0\'s 1,000-result cap (the time range is split into windows of at most 1,000), in created_at order'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l email -d 'Find users by email instead (one per connection; Auth0 stores emails lower-cased)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l connection -d 'Connection to create the user in (e.g. Username-Password-Authentication)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l email -d 'Email address' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l username -d 'Username (for connections that require one)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l name -d 'Full name' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l given-name -d 'Given (first) name' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l family-name -d 'Family (last) name' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l nickname -d 'Nickname' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l picture -d 'Picture URL' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l phone-number -d 'Phone number in E.164 form (+14155550100)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l email-verified -d 'Mark the email as verified (`--email-verified=false` to unmark)' -r -f -a "true\t''
false\t''"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l blocked -d 'Block the user (`--blocked=false` to unblock)' -r -f -a "true\t''
false\t''"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l app-metadata -d 'app_metadata as a JSON object: inline, @FILE, or - for stdin' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l user-metadata -d 'user_metadata as a JSON object: inline, @FILE, or - for stdin' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l data -d 'Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l verify-email -d 'Send a verification email (Auth0 sends one when the email is not verified)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l no-verify-email -d 'Do not send a verification email'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from stdin (first line) instead of prompting'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l from -d 'One change per user from FILE: NDJSON or a JSON array of objects (`user_id` plus the fields to set), or CSV with a `user_id` column and one column per field (`app_metadata.plan`; empty cells are not sent)' -r -F
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l connection -d 'The identity\'s connection (needed to change email, username or password of a secondary identity)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l email -d 'Email address' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l username -d 'Username (for connections that require one)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l name -d 'Full name' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l given-name -d 'Given (first) name' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l family-name -d 'Family (last) name' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l nickname -d 'Nickname' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l picture -d 'Picture URL' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l phone-number -d 'Phone number in E.164 form (+14155550100)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l email-verified -d 'Mark the email as verified (`--email-verified=false` to unmark)' -r -f -a "true\t''
false\t''"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l blocked -d 'Block the user (`--blocked=false` to unblock)' -r -f -a "true\t''
false\t''"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l app-metadata -d 'app_metadata as a JSON object: inline, @FILE, or - for stdin' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l user-metadata -d 'user_metadata as a JSON object: inline, @FILE, or - for stdin' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l data -d 'Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l unset -d 'Remove a root attribute (repeatable): name, given_name, family_name, nickname, picture, phone_number, username, email, app_metadata, user_metadata' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -s q -l query -d 'Change every user matching this query (however many; past Auth0\'s 1,000-result cap) instead of ids' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l concurrency -d 'At most this many requests in flight (1–64)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l errors-file -d 'Write per-user failures (NDJSON) to FILE instead of stdout' -r -F
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l verify-email -d 'Send a verification email (Auth0 sends one when the email is not verified)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l no-verify-email -d 'Do not send a verification email'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l password-stdin -d 'Read a new password from stdin (first line)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l password-prompt -d 'Ask for a new password on the terminal (hidden)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l dry-run -d 'List the users that would change, and send no write'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l resume -d 'Finish an interrupted run of this same command (from its journal in the state dir)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l connection -d 'With --query: only users of this connection' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -s q -l query -d 'Change every user matching this query (however many; past Auth0\'s 1,000-result cap) instead of ids' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l concurrency -d 'At most this many requests in flight (1–64)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l errors-file -d 'Write per-user failures (NDJSON) to FILE instead of stdout' -r -F
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l dry-run -d 'List the users that would change, and send no write'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l resume -d 'Finish an interrupted run of this same command (from its journal in the state dir)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l connection -d 'With --query: only users of this connection' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -s q -l query -d 'Change every user matching this query (however many; past Auth0\'s 1,000-result cap) instead of ids' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l concurrency -d 'At most this many requests in flight (1–64)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l errors-file -d 'Write per-user failures (NDJSON) to FILE instead of stdout' -r -F
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -s y -l yes -d 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l dry-run -d 'List the users that would change, and send no write'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l resume -d 'Finish an interrupted run of this same command (from its journal in the state dir)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from block" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l connection -d 'With --query: only users of this connection' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -s q -l query -d 'Change every user matching this query (however many; past Auth0\'s 1,000-result cap) instead of ids' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l concurrency -d 'At most this many requests in flight (1–64)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l errors-file -d 'Write per-user failures (NDJSON) to FILE instead of stdout' -r -F
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -s y -l yes -d 'Do not ask for confirmation (required off a terminal for --query, - and --from)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l dry-run -d 'List the users that would change, and send no write'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l resume -d 'Finish an interrupted run of this same command (from its journal in the state dir)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unblock" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -f -a "list" -d 'List a user\'s brute-force blocks (failed-login lockouts), by user id or --identifier'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -f -a "clear" -d 'Lift a user\'s brute-force blocks so they can try again (their password stays)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from blocks" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l ttl -d 'How long the link works, in seconds [default: Auth0\'s 5 days]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l result-url -d 'Where the page sends the user afterwards' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l mark-email-verified -d 'Also mark the user\'s email verified when they use the link (they proved they read it)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l ticket -d 'Print a verification link instead of sending the email'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from verify-email" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l limit -d 'How many events at most, newest first [default: 50]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -f -a "list" -d 'List a user\'s enrolled MFA methods'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -f -a "reset" -d 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -f -a "forget-browsers" -d 'Make every browser the user ticked "remember me" on ask for MFA again'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from mfa" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -f -a "list" -d 'List a user\'s refresh tokens'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -f -a "revoke" -d 'Revoke all of a user\'s refresh tokens (or one with --id): their apps must log in again'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from refresh-tokens" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l audience -d 'The API the access token is for (its identifier); default: the tenant\'s default audience' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l scope -d 'Scopes to ask for [default: openid profile email]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l connection -d 'The user\'s database connection (the realm); default: the one the user is in' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l password-stdin -d 'Read the user\'s password from stdin (first line) instead of prompting'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "list" -d 'List a user\'s roles'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "assign" -d 'Give a user roles'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "remove" -d 'Take roles away from a user'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -f -a "list" -d 'List a user\'s permissions: direct ones and those of their roles'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -f -a "add" -d 'Give a user permissions of an API directly'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -f -a "remove" -d 'Take direct permissions away from a user (those of roles stay: change the role)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from permissions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List or search users (Auth0 search syntax), page by page up to --limit'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show users by id, or find them by email'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user in a connection'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user: sends only the fields you give'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "block" -d 'Block users: they can no longer log in'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "unblock" -d 'Unblock users'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "blocks" -d 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`\'s blocked: true'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'A password-change link for the user ("I forgot my password"), printed on stdout'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "verify-email" -d 'Send the verification email again, or print a verification link (--ticket)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link a second account into a user (its identity moves; the secondary user goes)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Unlink an identity from a user: it becomes a user of its own again'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "logs" -d 'A user\'s recent log events, newest first (logins, blocks, password changes, API changes)'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "mfa" -d 'A user\'s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "refresh-tokens" -d 'A user\'s refresh tokens: list, revoke ("log me out everywhere")'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "token" -d 'A user\'s own tokens (password-realm login), for /userinfo, /tokeninfo or your API'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "roles" -d 'A user\'s roles: list, assign, remove'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "permissions" -d 'A user\'s permissions (direct, and from roles): list, add, remove'
complete -c a0 -n "__fish_a0_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand userinfo" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand tokeninfo" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -f -a "list" -d 'List the tenant\'s APIs (the Management API is the system one)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -f -a "get" -d 'Show an API, by id or identifier'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -f -a "create" -d 'Create an API'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -f -a "update" -d 'Change an API: only what you give'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -f -a "delete" -d 'Delete an API (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and not __fish_seen_subcommand_from list get create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l identifier -d 'The audience tokens are issued for: a URI, unchangeable afterwards' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l name -d 'A friendly name' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l scopes -d 'Permissions (scopes) the API defines, comma-separated: read:orders,write:orders' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l token-lifetime -d 'Access token lifetime in seconds (Auth0\'s default: 86400)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l rbac -d 'Enable RBAC: a user\'s token gets only the permissions their roles and direct grants give'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l permissions-in-token -d 'Add a `permissions` claim to access tokens (the access_token_authz dialect); needs --rbac'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l offline-access -d 'Allow refresh tokens (offline_access) for this API'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l name -d 'A new name' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l scopes -d 'The API\'s whole list of permissions, comma-separated (replaces the current list)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l token-lifetime -d 'Access token lifetime in seconds' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l rbac -d 'Enable RBAC'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l no-rbac -d 'Disable RBAC (and the permissions claim)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l permissions-in-token -d 'Add a `permissions` claim to access tokens'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l no-permissions-in-token -d 'Stop adding the `permissions` claim'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l offline-access -d 'Allow refresh tokens'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l no-offline-access -d 'Disallow refresh tokens'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask (required off a terminal)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s APIs (the Management API is the system one)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show an API, by id or identifier'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an API: only what you give'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an API (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand apis; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "list" -d 'List roles (all, or those whose name contains --name)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "get" -d 'Show a role, by id or exact name'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "create" -d 'Create a role'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "update" -d 'Rename a role or change its description'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "delete" -d 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "permissions" -d 'A role\'s permissions: list, add, remove'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "users" -d 'A role\'s users: list, add'
complete -c a0 -n "__fish_a0_using_subcommand roles; and not __fish_seen_subcommand_from list get create update delete permissions users help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l name -d 'Only roles whose name contains this text (case-insensitive)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l description -d 'What the role is for' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l name -d 'A new name' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l description -d 'A new description' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask (required off a terminal)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "list" -d 'List the permissions a role grants'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "add" -d 'Give a role permissions of an API'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "remove" -d 'Take permissions away from a role'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -f -a "list" -d 'List a role\'s users (every one: checkpoint paging has no 1,000 cap)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -f -a "add" -d 'Give a role to users: ids, `-` (stdin) or --query'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from users" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles (all, or those whose name contains --name)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a role, by id or exact name'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a role'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a role or change its description'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "permissions" -d 'A role\'s permissions: list, add, remove'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "users" -d 'A role\'s users: list, add'
complete -c a0 -n "__fish_a0_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -f -a "import" -d 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -f -a "export" -d 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -f -a "get" -d 'Show a job'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -f -a "wait" -d 'Wait until a job finishes, then show it'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -f -a "errors" -d 'Show the per-user errors of an import job'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and not __fish_seen_subcommand_from import export get wait errors help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l connection -d 'Database connection to import into (name or `con_…` id)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l external-id -d 'Your own identifier for the jobs, echoed back by Auth0' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l errors-file -d 'Write the per-user errors to this file (JSON) instead of stdout' -r -F
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l upsert -d 'Update users that already exist (matched on email, user_id or username) instead of failing them'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l send-completion-email -d 'Have Auth0 email every tenant owner when each job completes (off unless given)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l no-wait -d 'Print the job ids once every chunk is submitted; don\'t wait for the last jobs or fetch errors'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate and split only; send nothing'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l connection -d 'Only users of this connection (name or `con_…` id); default: the whole tenant' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l format -d 'What to write' -r -f -a "ndjson\t'One JSON user per line, as Auth0 exports it'
json\t'One JSON array of users (the format `a0 jobs import` and Auth0\'s import take)'
csv\t'CSV, as Auth0 exports it'"
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l limit -d 'Export at most this many users' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -s O -l out -d 'Where to write (`-` for stdout, the default)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l no-wait -d 'Print the job and return without waiting or downloading'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from errors" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a job'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until a job finishes, then show it'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "errors" -d 'Show the per-user errors of an import job'
complete -c a0 -n "__fish_a0_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on (port 0 picks a free port)' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l data -d 'SQLite file of the tenant (created if missing). Default: the local tenant\'s file, as the CLI uses it' -r -F
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l client-id -d 'Id of the built-in admin client (else the stored or a generated one)' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l client-secret -d 'Secret of the built-in admin client; prefer the environment variable to keep it out of argv' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l config -d 'TOML file with extra clients: `[[clients]] id = "…" secret = "…" scopes = ["read:users"]`' -r -F
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l rate-limit -d 'Management API requests per second (token bucket, burst of the same size). Default: unlimited' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l latency -d 'Delay every /api/v2 and /oauth/token response by MS milliseconds' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l seed -d 'JSON array of users in the bulk-import format, inserted on start (existing ids are skipped)' -r -F
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l ca-out -d 'Write the CA certificate (PEM) to FILE, for clients to trust. Implies --tls' -r -F
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l tls-cert -d 'Serve HTTPS with this certificate chain (PEM) instead of the local CA\'s. Implies --tls' -r -F
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l tls-key -d 'The private key (PEM) of --tls-cert' -r -F
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l bcrypt-cost -d 'bcrypt cost for new password hashes' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l memory -d 'Keep everything in memory; nothing is written to disk'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l log-requests -d 'Log one line per request to stderr: method, path, status, duration, client id (never a secret)'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l tls -d 'Serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1 signed by a local CA (kept in the data dir; a fresh one with --memory). Clients trust it through SSL_CERT_FILE / NODE_EXTRA_CA_CERTS'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)'
complete -c a0 -n "__fish_a0_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand completions" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand completions" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand completions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand completions" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand completions" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand completions" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand completions" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand completions" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand completions" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand completions" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand man" -l tenant -d 'Tenant to use (a name from `a0 tenants list`, or `local`)' -r
complete -c a0 -n "__fish_a0_using_subcommand man" -l timeout -d 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]' -r
complete -c a0 -n "__fish_a0_using_subcommand man" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'Aligned table on a terminal; tab-separated lines when piped'
json\t'The API\'s own JSON (pretty and coloured on a terminal)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c a0 -n "__fish_a0_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON' -r
complete -c a0 -n "__fish_a0_using_subcommand man" -l fields -d 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)' -r
complete -c a0 -n "__fish_a0_using_subcommand man" -l no-input -d 'Never prompt; fail instead when a value is missing'
complete -c a0 -n "__fish_a0_using_subcommand man" -s v -l verbose -d 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted'
complete -c a0 -n "__fish_a0_using_subcommand man" -l json -d 'Short for `-o json`'
complete -c a0 -n "__fish_a0_using_subcommand man" -l quiet -d 'Print only ids, one per line'
complete -c a0 -n "__fish_a0_using_subcommand man" -l no-color -d 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)'
complete -c a0 -n "__fish_a0_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c a0 -n "__fish_a0_using_subcommand man" -s V -l version -d 'Print version'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "login" -d 'Log in to a tenant with a machine-to-machine application\'s credentials'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "logout" -d 'Forget a tenant: its profile, secret and cached token'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "tenants" -d 'List, choose and show the tenants a0 knows'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "token" -d 'Print the Management API access token, or its claims'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "users" -d 'List, search, create, update, block and delete users'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "userinfo" -d 'The profile a user\'s access token gives (/userinfo); the token comes from stdin'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "tokeninfo" -d 'The profile in a user\'s ID token (/tokeninfo); the token comes from stdin'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "apis" -d 'APIs (resource servers): the audiences tokens are for, their permissions, RBAC'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "roles" -d 'Roles, their permissions and their users'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "jobs" -d 'Bulk import and export users (Auth0 jobs), and inspect jobs'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "emulator" -d 'Run the local Auth0 tenant as a server'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "man" -d 'Write man pages (a0.1 and one per subcommand) into a directory'
complete -c a0 -n "__fish_a0_using_subcommand help; and not __fish_seen_subcommand_from login logout tenants token users userinfo tokeninfo apis roles jobs emulator completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "list" -d 'List known tenants (the built-in `local` one included)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "use" -d 'Make NAME the default tenant (`local` for the built-in one)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "current" -d 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List or search users (Auth0 search syntax), page by page up to --limit'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "get" -d 'Show users by id, or find them by email'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user in a connection'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user: sends only the fields you give'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete users (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "block" -d 'Block users: they can no longer log in'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "unblock" -d 'Unblock users'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "blocks" -d 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`\'s blocked: true'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "reset-password" -d 'A password-change link for the user ("I forgot my password"), printed on stdout'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "verify-email" -d 'Send the verification email again, or print a verification link (--ticket)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "link" -d 'Link a second account into a user (its identity moves; the secondary user goes)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "unlink" -d 'Unlink an identity from a user: it becomes a user of its own again'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "logs" -d 'A user\'s recent log events, newest first (logins, blocks, password changes, API changes)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "mfa" -d 'A user\'s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "refresh-tokens" -d 'A user\'s refresh tokens: list, revoke ("log me out everywhere")'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "token" -d 'A user\'s own tokens (password-realm login), for /userinfo, /tokeninfo or your API'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "roles" -d 'A user\'s roles: list, assign, remove'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "permissions" -d 'A user\'s permissions (direct, and from roles): list, add, remove'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from apis" -f -a "list" -d 'List the tenant\'s APIs (the Management API is the system one)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from apis" -f -a "get" -d 'Show an API, by id or identifier'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from apis" -f -a "create" -d 'Create an API'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from apis" -f -a "update" -d 'Change an API: only what you give'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from apis" -f -a "delete" -d 'Delete an API (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "list" -d 'List roles (all, or those whose name contains --name)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "get" -d 'Show a role, by id or exact name'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "create" -d 'Create a role'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "update" -d 'Rename a role or change its description'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "delete" -d 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "permissions" -d 'A role\'s permissions: list, add, remove'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "users" -d 'A role\'s users: list, add'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "import" -d 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "export" -d 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "get" -d 'Show a job'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "wait" -d 'Wait until a job finishes, then show it'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "errors" -d 'Show the per-user errors of an import job'
complete -c a0 -n "__fish_a0_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)'
