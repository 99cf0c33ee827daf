
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'a0' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'a0'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'a0' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a tenant with a machine-to-machine application''s credentials')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget a tenant: its profile, secret and cached token')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'List, choose and show the tenants a0 knows')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the Management API access token, or its claims')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List, search, create, update, block and delete users')
            [CompletionResult]::new('userinfo', 'userinfo', [CompletionResultType]::ParameterValue, 'The profile a user''s access token gives (/userinfo); the token comes from stdin')
            [CompletionResult]::new('tokeninfo', 'tokeninfo', [CompletionResultType]::ParameterValue, 'The profile in a user''s ID token (/tokeninfo); the token comes from stdin')
            [CompletionResult]::new('apis', 'apis', [CompletionResultType]::ParameterValue, 'APIs (resource servers): the audiences tokens are for, their permissions, RBAC')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles, their permissions and their users')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Bulk import and export users (Auth0 jobs), and inspect jobs')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local Auth0 tenant as a server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (a0.1 and one per subcommand) into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;login' {
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Tenant domain (`acme.eu.auth0.com`) or URL; `http://` only for loopback addresses')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of a machine-to-machine application authorized for the Management API')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'The client secret as an argument. It lands in your shell history: prefer --client-secret-stdin')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name for this tenant in a0 (default: the domain)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep the client secret in credentials.toml (mode 0600) instead of the OS keyring')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;logout' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;tenants' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known tenants (the built-in `local` one included)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the default tenant (`local` for the built-in one)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;tenants;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;tenants;use' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;tenants;current' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;tenants;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known tenants (the built-in `local` one included)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the default tenant (`local` for the built-in one)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;tenants;help;list' {
            break
        }
        'a0;tenants;help;use' {
            break
        }
        'a0;tenants;help;current' {
            break
        }
        'a0;tenants;help;help' {
            break
        }
        'a0;token' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'Show the token''s claims (audience, scopes, issued and expiry times) instead of the token')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List or search users (Auth0 search syntax), page by page up to --limit')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show users by id, or find them by email')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user in a connection')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user: sends only the fields you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block users: they can no longer log in')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock users')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`''s blocked: true')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'A password-change link for the user ("I forgot my password"), printed on stdout')
            [CompletionResult]::new('verify-email', 'verify-email', [CompletionResultType]::ParameterValue, 'Send the verification email again, or print a verification link (--ticket)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a second account into a user (its identity moves; the secondary user goes)')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink an identity from a user: it becomes a user of its own again')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'A user''s recent log events, newest first (logins, blocks, password changes, API changes)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'A user''s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers')
            [CompletionResult]::new('refresh-tokens', 'refresh-tokens', [CompletionResultType]::ParameterValue, 'A user''s refresh tokens: list, revoke ("log me out everywhere")')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A user''s own tokens (password-realm login), for /userinfo, /tokeninfo or your API')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A user''s roles: list, assign, remove')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'A user''s permissions (direct, and from roles): list, add, remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;list' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Search query in Auth0''s user-search syntax (e.g. `email:"ada@example.com"`, `blocked:true`)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Search query in Auth0''s user-search syntax (e.g. `email:"ada@example.com"`, `blocked:true`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by a field, ascending (1) or descending (-1): `created_at:-1`')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Only users of this connection (adds `identities.connection:"NAME"` to the query)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many users to show at most (Auth0 returns at most 1,000 per search) [default: 50]')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Fetch exactly this page (zero-based) instead of up to --limit users')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Users per page with --page (1–100) [default: 50]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching user, past Auth0''s 1,000-result cap (the time range is split into windows of at most 1,000), in created_at order')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;get' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Find users by email instead (one per connection; Auth0 stores emails lower-cased)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;create' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Connection to create the user in (e.g. Username-Password-Authentication)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (for connections that require one)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given (first) name')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Family (last) name')
            [CompletionResult]::new('--nickname', '--nickname', [CompletionResultType]::ParameterName, 'Nickname')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Picture URL')
            [CompletionResult]::new('--phone-number', '--phone-number', [CompletionResultType]::ParameterName, 'Phone number in E.164 form (+14155550100)')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the email as verified (`--email-verified=false` to unmark)')
            [CompletionResult]::new('--blocked', '--blocked', [CompletionResultType]::ParameterName, 'Block the user (`--blocked=false` to unblock)')
            [CompletionResult]::new('--app-metadata', '--app-metadata', [CompletionResultType]::ParameterName, 'app_metadata as a JSON object: inline, @FILE, or - for stdin')
            [CompletionResult]::new('--user-metadata', '--user-metadata', [CompletionResultType]::ParameterName, 'user_metadata as a JSON object: inline, @FILE, or - for stdin')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--verify-email', '--verify-email', [CompletionResultType]::ParameterName, 'Send a verification email (Auth0 sends one when the email is not verified)')
            [CompletionResult]::new('--no-verify-email', '--no-verify-email', [CompletionResultType]::ParameterName, 'Do not send a verification email')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (first line) instead of prompting')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;update' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'One change per user from FILE: NDJSON or a JSON array of objects (`user_id` plus the fields to set), or CSV with a `user_id` column and one column per field (`app_metadata.plan`; empty cells are not sent)')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'The identity''s connection (needed to change email, username or password of a secondary identity)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (for connections that require one)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given (first) name')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Family (last) name')
            [CompletionResult]::new('--nickname', '--nickname', [CompletionResultType]::ParameterName, 'Nickname')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Picture URL')
            [CompletionResult]::new('--phone-number', '--phone-number', [CompletionResultType]::ParameterName, 'Phone number in E.164 form (+14155550100)')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the email as verified (`--email-verified=false` to unmark)')
            [CompletionResult]::new('--blocked', '--blocked', [CompletionResultType]::ParameterName, 'Block the user (`--blocked=false` to unblock)')
            [CompletionResult]::new('--app-metadata', '--app-metadata', [CompletionResultType]::ParameterName, 'app_metadata as a JSON object: inline, @FILE, or - for stdin')
            [CompletionResult]::new('--user-metadata', '--user-metadata', [CompletionResultType]::ParameterName, 'user_metadata as a JSON object: inline, @FILE, or - for stdin')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove a root attribute (repeatable): name, given_name, family_name, nickname, picture, phone_number, username, email, app_metadata, user_metadata')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight (1–64)')
            [CompletionResult]::new('--errors-file', '--errors-file', [CompletionResultType]::ParameterName, 'Write per-user failures (NDJSON) to FILE instead of stdout')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--verify-email', '--verify-email', [CompletionResultType]::ParameterName, 'Send a verification email (Auth0 sends one when the email is not verified)')
            [CompletionResult]::new('--no-verify-email', '--no-verify-email', [CompletionResultType]::ParameterName, 'Do not send a verification email')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read a new password from stdin (first line)')
            [CompletionResult]::new('--password-prompt', '--password-prompt', [CompletionResultType]::ParameterName, 'Ask for a new password on the terminal (hidden)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the users that would change, and send no write')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an interrupted run of this same command (from its journal in the state dir)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;delete' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'With --query: only users of this connection')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight (1–64)')
            [CompletionResult]::new('--errors-file', '--errors-file', [CompletionResultType]::ParameterName, 'Write per-user failures (NDJSON) to FILE instead of stdout')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the users that would change, and send no write')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an interrupted run of this same command (from its journal in the state dir)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;block' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'With --query: only users of this connection')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight (1–64)')
            [CompletionResult]::new('--errors-file', '--errors-file', [CompletionResultType]::ParameterName, 'Write per-user failures (NDJSON) to FILE instead of stdout')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the users that would change, and send no write')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an interrupted run of this same command (from its journal in the state dir)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;unblock' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'With --query: only users of this connection')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Change every user matching this query (however many; past Auth0''s 1,000-result cap) instead of ids')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight (1–64)')
            [CompletionResult]::new('--errors-file', '--errors-file', [CompletionResultType]::ParameterName, 'Write per-user failures (NDJSON) to FILE instead of stdout')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required off a terminal for --query, - and --from)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the users that would change, and send no write')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an interrupted run of this same command (from its journal in the state dir)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;blocks' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Lift a user''s brute-force blocks so they can try again (their password stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;blocks;list' {
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'An email, username or phone number instead of an id (may name users of several connections)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;blocks;clear' {
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'An email, username or phone number instead of an id (may name users of several connections)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;blocks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Lift a user''s brute-force blocks so they can try again (their password stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;blocks;help;list' {
            break
        }
        'a0;users;blocks;help;clear' {
            break
        }
        'a0;users;blocks;help;help' {
            break
        }
        'a0;users;reset-password' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the link works, in seconds [default: Auth0''s 5 days]')
            [CompletionResult]::new('--result-url', '--result-url', [CompletionResultType]::ParameterName, 'Where the page sends the user afterwards')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--mark-email-verified', '--mark-email-verified', [CompletionResultType]::ParameterName, 'Also mark the user''s email verified when they use the link (they proved they read it)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;verify-email' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Print a verification link instead of sending the email')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;link' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;unlink' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;logs' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many events at most, newest first [default: 50]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;mfa' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled MFA methods')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login')
            [CompletionResult]::new('forget-browsers', 'forget-browsers', [CompletionResultType]::ParameterValue, 'Make every browser the user ticked "remember me" on ask for MFA again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;mfa;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;mfa;reset' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask (required off a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;mfa;forget-browsers' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;mfa;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled MFA methods')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login')
            [CompletionResult]::new('forget-browsers', 'forget-browsers', [CompletionResultType]::ParameterValue, 'Make every browser the user ticked "remember me" on ask for MFA again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;mfa;help;list' {
            break
        }
        'a0;users;mfa;help;reset' {
            break
        }
        'a0;users;mfa;help;forget-browsers' {
            break
        }
        'a0;users;mfa;help;help' {
            break
        }
        'a0;users;refresh-tokens' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s refresh tokens')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;refresh-tokens;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;refresh-tokens;revoke' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Revoke only this token (an id from `list`)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;refresh-tokens;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s refresh tokens')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;refresh-tokens;help;list' {
            break
        }
        'a0;users;refresh-tokens;help;revoke' {
            break
        }
        'a0;users;refresh-tokens;help;help' {
            break
        }
        'a0;users;token' {
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'The API the access token is for (its identifier); default: the tenant''s default audience')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes to ask for [default: openid profile email]')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'The user''s database connection (the realm); default: the one the user is in')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the user''s password from stdin (first line) instead of prompting')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;roles' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s roles')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a user roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take roles away from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;roles;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;roles;assign' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;roles;remove' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s roles')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a user roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take roles away from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;roles;help;list' {
            break
        }
        'a0;users;roles;help;assign' {
            break
        }
        'a0;users;roles;help;remove' {
            break
        }
        'a0;users;roles;help;help' {
            break
        }
        'a0;users;permissions' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s permissions: direct ones and those of their roles')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user permissions of an API directly')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take direct permissions away from a user (those of roles stay: change the role)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;permissions;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;permissions;add' {
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The API the permissions belong to: its identifier (audience)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;permissions;remove' {
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The API the permissions belong to: its identifier (audience)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;users;permissions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s permissions: direct ones and those of their roles')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user permissions of an API directly')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take direct permissions away from a user (those of roles stay: change the role)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;permissions;help;list' {
            break
        }
        'a0;users;permissions;help;add' {
            break
        }
        'a0;users;permissions;help;remove' {
            break
        }
        'a0;users;permissions;help;help' {
            break
        }
        'a0;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List or search users (Auth0 search syntax), page by page up to --limit')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show users by id, or find them by email')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user in a connection')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user: sends only the fields you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block users: they can no longer log in')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock users')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`''s blocked: true')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'A password-change link for the user ("I forgot my password"), printed on stdout')
            [CompletionResult]::new('verify-email', 'verify-email', [CompletionResultType]::ParameterValue, 'Send the verification email again, or print a verification link (--ticket)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a second account into a user (its identity moves; the secondary user goes)')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink an identity from a user: it becomes a user of its own again')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'A user''s recent log events, newest first (logins, blocks, password changes, API changes)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'A user''s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers')
            [CompletionResult]::new('refresh-tokens', 'refresh-tokens', [CompletionResultType]::ParameterValue, 'A user''s refresh tokens: list, revoke ("log me out everywhere")')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A user''s own tokens (password-realm login), for /userinfo, /tokeninfo or your API')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A user''s roles: list, assign, remove')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'A user''s permissions (direct, and from roles): list, add, remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;users;help;list' {
            break
        }
        'a0;users;help;get' {
            break
        }
        'a0;users;help;create' {
            break
        }
        'a0;users;help;update' {
            break
        }
        'a0;users;help;delete' {
            break
        }
        'a0;users;help;block' {
            break
        }
        'a0;users;help;unblock' {
            break
        }
        'a0;users;help;blocks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Lift a user''s brute-force blocks so they can try again (their password stays)')
            break
        }
        'a0;users;help;blocks;list' {
            break
        }
        'a0;users;help;blocks;clear' {
            break
        }
        'a0;users;help;reset-password' {
            break
        }
        'a0;users;help;verify-email' {
            break
        }
        'a0;users;help;link' {
            break
        }
        'a0;users;help;unlink' {
            break
        }
        'a0;users;help;logs' {
            break
        }
        'a0;users;help;mfa' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled MFA methods')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login')
            [CompletionResult]::new('forget-browsers', 'forget-browsers', [CompletionResultType]::ParameterValue, 'Make every browser the user ticked "remember me" on ask for MFA again')
            break
        }
        'a0;users;help;mfa;list' {
            break
        }
        'a0;users;help;mfa;reset' {
            break
        }
        'a0;users;help;mfa;forget-browsers' {
            break
        }
        'a0;users;help;refresh-tokens' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s refresh tokens')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again')
            break
        }
        'a0;users;help;refresh-tokens;list' {
            break
        }
        'a0;users;help;refresh-tokens;revoke' {
            break
        }
        'a0;users;help;token' {
            break
        }
        'a0;users;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s roles')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a user roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take roles away from a user')
            break
        }
        'a0;users;help;roles;list' {
            break
        }
        'a0;users;help;roles;assign' {
            break
        }
        'a0;users;help;roles;remove' {
            break
        }
        'a0;users;help;permissions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s permissions: direct ones and those of their roles')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user permissions of an API directly')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take direct permissions away from a user (those of roles stay: change the role)')
            break
        }
        'a0;users;help;permissions;list' {
            break
        }
        'a0;users;help;permissions;add' {
            break
        }
        'a0;users;help;permissions;remove' {
            break
        }
        'a0;users;help;help' {
            break
        }
        'a0;userinfo' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;tokeninfo' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;apis' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s APIs (the Management API is the system one)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API, by id or identifier')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an API: only what you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;apis;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;apis;get' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;apis;create' {
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'The audience tokens are issued for: a URI, unchangeable afterwards')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A friendly name')
            [CompletionResult]::new('--scopes', '--scopes', [CompletionResultType]::ParameterName, 'Permissions (scopes) the API defines, comma-separated: read:orders,write:orders')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'Access token lifetime in seconds (Auth0''s default: 86400)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--rbac', '--rbac', [CompletionResultType]::ParameterName, 'Enable RBAC: a user''s token gets only the permissions their roles and direct grants give')
            [CompletionResult]::new('--permissions-in-token', '--permissions-in-token', [CompletionResultType]::ParameterName, 'Add a `permissions` claim to access tokens (the access_token_authz dialect); needs --rbac')
            [CompletionResult]::new('--offline-access', '--offline-access', [CompletionResultType]::ParameterName, 'Allow refresh tokens (offline_access) for this API')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;apis;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--scopes', '--scopes', [CompletionResultType]::ParameterName, 'The API''s whole list of permissions, comma-separated (replaces the current list)')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'Access token lifetime in seconds')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--rbac', '--rbac', [CompletionResultType]::ParameterName, 'Enable RBAC')
            [CompletionResult]::new('--no-rbac', '--no-rbac', [CompletionResultType]::ParameterName, 'Disable RBAC (and the permissions claim)')
            [CompletionResult]::new('--permissions-in-token', '--permissions-in-token', [CompletionResultType]::ParameterName, 'Add a `permissions` claim to access tokens')
            [CompletionResult]::new('--no-permissions-in-token', '--no-permissions-in-token', [CompletionResultType]::ParameterName, 'Stop adding the `permissions` claim')
            [CompletionResult]::new('--offline-access', '--offline-access', [CompletionResultType]::ParameterName, 'Allow refresh tokens')
            [CompletionResult]::new('--no-offline-access', '--no-offline-access', [CompletionResultType]::ParameterName, 'Disallow refresh tokens')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;apis;delete' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask (required off a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;apis;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s APIs (the Management API is the system one)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API, by id or identifier')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an API: only what you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;apis;help;list' {
            break
        }
        'a0;apis;help;get' {
            break
        }
        'a0;apis;help;create' {
            break
        }
        'a0;apis;help;update' {
            break
        }
        'a0;apis;help;delete' {
            break
        }
        'a0;apis;help;help' {
            break
        }
        'a0;roles' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles (all, or those whose name contains --name)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a role, by id or exact name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role or change its description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'A role''s permissions: list, add, remove')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'A role''s users: list, add')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;roles;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only roles whose name contains this text (case-insensitive)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;get' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the role is for')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A new description')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;delete' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask (required off a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;permissions' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permissions a role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role permissions of an API')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take permissions away from a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;roles;permissions;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;permissions;add' {
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The API the permissions belong to: its identifier (audience)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;permissions;remove' {
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The API the permissions belong to: its identifier (audience)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;permissions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permissions a role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role permissions of an API')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take permissions away from a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;roles;permissions;help;list' {
            break
        }
        'a0;roles;permissions;help;add' {
            break
        }
        'a0;roles;permissions;help;remove' {
            break
        }
        'a0;roles;permissions;help;help' {
            break
        }
        'a0;roles;users' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a role''s users (every one: checkpoint paging has no 1,000 cap)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role to users: ids, `-` (stdin) or --query')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;roles;users;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;users;add' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Every user matching this query (past Auth0''s 1,000-result cap)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Every user matching this query (past Auth0''s 1,000-result cap)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask (required off a terminal for --query and -)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;roles;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a role''s users (every one: checkpoint paging has no 1,000 cap)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role to users: ids, `-` (stdin) or --query')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;roles;users;help;list' {
            break
        }
        'a0;roles;users;help;add' {
            break
        }
        'a0;roles;users;help;help' {
            break
        }
        'a0;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles (all, or those whose name contains --name)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a role, by id or exact name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role or change its description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'A role''s permissions: list, add, remove')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'A role''s users: list, add')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;roles;help;list' {
            break
        }
        'a0;roles;help;get' {
            break
        }
        'a0;roles;help;create' {
            break
        }
        'a0;roles;help;update' {
            break
        }
        'a0;roles;help;delete' {
            break
        }
        'a0;roles;help;permissions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permissions a role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role permissions of an API')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take permissions away from a role')
            break
        }
        'a0;roles;help;permissions;list' {
            break
        }
        'a0;roles;help;permissions;add' {
            break
        }
        'a0;roles;help;permissions;remove' {
            break
        }
        'a0;roles;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a role''s users (every one: checkpoint paging has no 1,000 cap)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role to users: ids, `-` (stdin) or --query')
            break
        }
        'a0;roles;help;users;list' {
            break
        }
        'a0;roles;help;users;add' {
            break
        }
        'a0;roles;help;help' {
            break
        }
        'a0;jobs' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a job')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a job finishes, then show it')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Show the per-user errors of an import job')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;jobs;import' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Database connection to import into (name or `con_…` id)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Your own identifier for the jobs, echoed back by Auth0')
            [CompletionResult]::new('--errors-file', '--errors-file', [CompletionResultType]::ParameterName, 'Write the per-user errors to this file (JSON) instead of stdout')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--upsert', '--upsert', [CompletionResultType]::ParameterName, 'Update users that already exist (matched on email, user_id or username) instead of failing them')
            [CompletionResult]::new('--send-completion-email', '--send-completion-email', [CompletionResultType]::ParameterName, 'Have Auth0 email every tenant owner when each job completes (off unless given)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Print the job ids once every chunk is submitted; don''t wait for the last jobs or fetch errors')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and split only; send nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;jobs;export' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Only users of this connection (name or `con_…` id); default: the whole tenant')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to write')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Export at most this many users')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Where to write (`-` for stdout, the default)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write (`-` for stdout, the default)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Print the job and return without waiting or downloading')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;jobs;get' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;jobs;wait' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;jobs;errors' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;jobs;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a job')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a job finishes, then show it')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Show the per-user errors of an import job')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;jobs;help;import' {
            break
        }
        'a0;jobs;help;export' {
            break
        }
        'a0;jobs;help;get' {
            break
        }
        'a0;jobs;help;wait' {
            break
        }
        'a0;jobs;help;errors' {
            break
        }
        'a0;jobs;help;help' {
            break
        }
        'a0;emulator' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;emulator;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'SQLite file of the tenant (created if missing). Default: the local tenant''s file, as the CLI uses it')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Id of the built-in admin client (else the stored or a generated one)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Secret of the built-in admin client; prefer the environment variable to keep it out of argv')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML file with extra clients: `[[clients]] id = "…" secret = "…" scopes = ["read:users"]`')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Management API requests per second (token bucket, burst of the same size). Default: unlimited')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay every /api/v2 and /oauth/token response by MS milliseconds')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'JSON array of users in the bulk-import format, inserted on start (existing ids are skipped)')
            [CompletionResult]::new('--ca-out', '--ca-out', [CompletionResultType]::ParameterName, 'Write the CA certificate (PEM) to FILE, for clients to trust. Implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this certificate chain (PEM) instead of the local CA''s. Implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The private key (PEM) of --tls-cert')
            [CompletionResult]::new('--bcrypt-cost', '--bcrypt-cost', [CompletionResultType]::ParameterName, 'bcrypt cost for new password hashes')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Keep everything in memory; nothing is written to disk')
            [CompletionResult]::new('--log-requests', '--log-requests', [CompletionResultType]::ParameterName, 'Log one line per request to stderr: method, path, status, duration, client id (never a secret)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1 signed by a local CA (kept in the data dir; a fresh one with --memory). Clients trust it through SSL_CERT_FILE / NODE_EXTRA_CA_CERTS')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;emulator;help;serve' {
            break
        }
        'a0;emulator;help;help' {
            break
        }
        'a0;completions' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;man' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to use (a name from `a0 tenants list`, or `local`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on one request after this many seconds, however slowly its answer trickles in (export downloads excepted) [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when a value is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'a0;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a tenant with a machine-to-machine application''s credentials')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget a tenant: its profile, secret and cached token')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'List, choose and show the tenants a0 knows')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the Management API access token, or its claims')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List, search, create, update, block and delete users')
            [CompletionResult]::new('userinfo', 'userinfo', [CompletionResultType]::ParameterValue, 'The profile a user''s access token gives (/userinfo); the token comes from stdin')
            [CompletionResult]::new('tokeninfo', 'tokeninfo', [CompletionResultType]::ParameterValue, 'The profile in a user''s ID token (/tokeninfo); the token comes from stdin')
            [CompletionResult]::new('apis', 'apis', [CompletionResultType]::ParameterValue, 'APIs (resource servers): the audiences tokens are for, their permissions, RBAC')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles, their permissions and their users')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Bulk import and export users (Auth0 jobs), and inspect jobs')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local Auth0 tenant as a server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (a0.1 and one per subcommand) into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'a0;help;login' {
            break
        }
        'a0;help;logout' {
            break
        }
        'a0;help;tenants' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known tenants (the built-in `local` one included)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the default tenant (`local` for the built-in one)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables')
            break
        }
        'a0;help;tenants;list' {
            break
        }
        'a0;help;tenants;use' {
            break
        }
        'a0;help;tenants;current' {
            break
        }
        'a0;help;token' {
            break
        }
        'a0;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List or search users (Auth0 search syntax), page by page up to --limit')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show users by id, or find them by email')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user in a connection')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user: sends only the fields you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block users: they can no longer log in')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock users')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'Brute-force blocks (failed-login lockouts): list, clear. Not `block`''s blocked: true')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'A password-change link for the user ("I forgot my password"), printed on stdout')
            [CompletionResult]::new('verify-email', 'verify-email', [CompletionResultType]::ParameterValue, 'Send the verification email again, or print a verification link (--ticket)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a second account into a user (its identity moves; the secondary user goes)')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink an identity from a user: it becomes a user of its own again')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'A user''s recent log events, newest first (logins, blocks, password changes, API changes)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'A user''s MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers')
            [CompletionResult]::new('refresh-tokens', 'refresh-tokens', [CompletionResultType]::ParameterValue, 'A user''s refresh tokens: list, revoke ("log me out everywhere")')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A user''s own tokens (password-realm login), for /userinfo, /tokeninfo or your API')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A user''s roles: list, assign, remove')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'A user''s permissions (direct, and from roles): list, add, remove')
            break
        }
        'a0;help;users;list' {
            break
        }
        'a0;help;users;get' {
            break
        }
        'a0;help;users;create' {
            break
        }
        'a0;help;users;update' {
            break
        }
        'a0;help;users;delete' {
            break
        }
        'a0;help;users;block' {
            break
        }
        'a0;help;users;unblock' {
            break
        }
        'a0;help;users;blocks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s brute-force blocks (failed-login lockouts), by user id or --identifier')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Lift a user''s brute-force blocks so they can try again (their password stays)')
            break
        }
        'a0;help;users;blocks;list' {
            break
        }
        'a0;help;users;blocks;clear' {
            break
        }
        'a0;help;users;reset-password' {
            break
        }
        'a0;help;users;verify-email' {
            break
        }
        'a0;help;users;link' {
            break
        }
        'a0;help;users;unlink' {
            break
        }
        'a0;help;users;logs' {
            break
        }
        'a0;help;users;mfa' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled MFA methods')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login')
            [CompletionResult]::new('forget-browsers', 'forget-browsers', [CompletionResultType]::ParameterValue, 'Make every browser the user ticked "remember me" on ask for MFA again')
            break
        }
        'a0;help;users;mfa;list' {
            break
        }
        'a0;help;users;mfa;reset' {
            break
        }
        'a0;help;users;mfa;forget-browsers' {
            break
        }
        'a0;help;users;refresh-tokens' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s refresh tokens')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke all of a user''s refresh tokens (or one with --id): their apps must log in again')
            break
        }
        'a0;help;users;refresh-tokens;list' {
            break
        }
        'a0;help;users;refresh-tokens;revoke' {
            break
        }
        'a0;help;users;token' {
            break
        }
        'a0;help;users;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s roles')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a user roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take roles away from a user')
            break
        }
        'a0;help;users;roles;list' {
            break
        }
        'a0;help;users;roles;assign' {
            break
        }
        'a0;help;users;roles;remove' {
            break
        }
        'a0;help;users;permissions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s permissions: direct ones and those of their roles')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user permissions of an API directly')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take direct permissions away from a user (those of roles stay: change the role)')
            break
        }
        'a0;help;users;permissions;list' {
            break
        }
        'a0;help;users;permissions;add' {
            break
        }
        'a0;help;users;permissions;remove' {
            break
        }
        'a0;help;userinfo' {
            break
        }
        'a0;help;tokeninfo' {
            break
        }
        'a0;help;apis' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s APIs (the Management API is the system one)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API, by id or identifier')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an API: only what you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API (asks first on a terminal; needs --yes otherwise)')
            break
        }
        'a0;help;apis;list' {
            break
        }
        'a0;help;apis;get' {
            break
        }
        'a0;help;apis;create' {
            break
        }
        'a0;help;apis;update' {
            break
        }
        'a0;help;apis;delete' {
            break
        }
        'a0;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles (all, or those whose name contains --name)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a role, by id or exact name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role or change its description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'A role''s permissions: list, add, remove')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'A role''s users: list, add')
            break
        }
        'a0;help;roles;list' {
            break
        }
        'a0;help;roles;get' {
            break
        }
        'a0;help;roles;create' {
            break
        }
        'a0;help;roles;update' {
            break
        }
        'a0;help;roles;delete' {
            break
        }
        'a0;help;roles;permissions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permissions a role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role permissions of an API')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take permissions away from a role')
            break
        }
        'a0;help;roles;permissions;list' {
            break
        }
        'a0;help;roles;permissions;add' {
            break
        }
        'a0;help;roles;permissions;remove' {
            break
        }
        'a0;help;roles;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a role''s users (every one: checkpoint paging has no 1,000 cap)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a role to users: ids, `-` (stdin) or --query')
            break
        }
        'a0;help;roles;users;list' {
            break
        }
        'a0;help;roles;users;add' {
            break
        }
        'a0;help;jobs' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from a JSON array or NDJSON file (e.g. an export), validated locally first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a job')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a job finishes, then show it')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Show the per-user errors of an import job')
            break
        }
        'a0;help;jobs;import' {
            break
        }
        'a0;help;jobs;export' {
            break
        }
        'a0;help;jobs;get' {
            break
        }
        'a0;help;jobs;wait' {
            break
        }
        'a0;help;jobs;errors' {
            break
        }
        'a0;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users)')
            break
        }
        'a0;help;emulator;serve' {
            break
        }
        'a0;help;completions' {
            break
        }
        'a0;help;man' {
            break
        }
        'a0;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
