//! One way to change many users, shared by `users block`, `unblock`, `delete` and `update`: select (ids, `-` for
//! stdin, `--query`, `--from`), confirm, journal, send at the rate-limit ceiling, report.
//!
//! Choices where the issue is silent:
//! - Ids given as arguments keep the small-command behaviour: the changed users are printed (or their ids with
//!   `--quiet`), each failure is a line on stderr, and one failing id exits with its own code (3 for a missing
//!   user). Selections by `-`, `--query` or `--from` are bulk runs: a progress bar on a terminal, a summary on
//!   stderr, per-user failures as NDJSON on stdout (or in `--errors-file`), exit 6 when any user failed.
//! - Every run (not `--dry-run`) keeps a journal; a finished run removes it. Without `--resume`, an unfinished
//!   run of the same command is an error (exit 2) that says how to continue or start over: a0 never repeats or
//!   forgets writes silently.
//! - A missing user counts as failed (exit 6), and is listed with `"error":"no such user"`.
//! - The default concurrency is 16: at Auth0's 50 requests/s and ~100–300 ms per request, 5–15 requests must be in
//!   flight to reach the limit; the pacer, not the concurrency, keeps the rate under it.

use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Value, json};

use crate::api::Client;
use crate::auth::files;
use crate::bulk::exec::{self, Answer, Op};
use crate::bulk::journal::{self, Done, Header, Journal, Target};
use crate::cli::GlobalArgs;
use crate::error::{Exit, usage};
use crate::jobs::validate::thousands;
use crate::output::{self, Printer};

/// Flags of every command that can change many users.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Bulk")]
pub struct BulkArgs {
    /// Change every user matching this query (however many; past Auth0's 1,000-result cap) instead of ids.
    #[arg(short = 'q', long = "query", value_name = "QUERY")]
    pub query: Option<String>,
    /// Do not ask for confirmation (required off a terminal for --query, - and --from).
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// List the users that would change, and send no write.
    #[arg(long)]
    pub dry_run: bool,
    /// At most this many requests in flight (1–64).
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Write per-user failures (NDJSON) to FILE instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub errors_file: Option<PathBuf>,
    /// Finish an interrupted run of this same command (from its journal in the state dir).
    #[arg(long)]
    pub resume: bool,
}

/// Where the users come from.
pub enum Selection {
    /// Ids as arguments.
    Ids(Vec<String>),
    /// `-`: ids, NDJSON users or a JSON array of users on stdin.
    Stdin,
    /// `--query Q` (with `--connection`).
    Query {
        q: String,
        connection: Option<String>,
    },
    /// `update --from FILE`: one change per user.
    File { name: String, targets: Vec<Target> },
}

impl Selection {
    /// Ids (`-` alone means stdin), or `--query`; exactly one of them.
    pub fn from_args(
        ids: Vec<String>,
        query: Option<String>,
        connection: Option<String>,
    ) -> anyhow::Result<Selection> {
        match (ids.as_slice(), query) {
            ([], Some(q)) => {
                if q.trim().is_empty() {
                    return Err(usage(
                        "--query is empty; give a search query, e.g. -q 'email:*@spam.example'",
                    ));
                }
                Ok(Selection::Query { q, connection })
            }
            (_, Some(_)) => Err(usage(
                "give user ids or --query, not both (use - to read ids from stdin)",
            )),
            ([], None) => Err(usage(
                "which users? give their ids, - to read ids from stdin, or --query Q",
            )),
            ([one], None) if one == "-" => {
                if connection.is_some() {
                    return Err(usage("--connection goes with --query"));
                }
                Ok(Selection::Stdin)
            }
            (many, None) => {
                if connection.is_some() {
                    return Err(usage("--connection goes with --query"));
                }
                if many.iter().any(|i| i == "-") {
                    return Err(usage("- (read ids from stdin) must be the only id"));
                }
                Ok(Selection::Ids(many.to_vec()))
            }
        }
    }

    fn is_bulk(&self) -> bool {
        !matches!(self, Selection::Ids(_))
    }

    /// What makes two runs the same selection (for the journal's name).
    fn key(&self, stdin_ids: &[String]) -> String {
        match self {
            Selection::Ids(ids) => format!("ids\n{}", ids.join("\n")),
            Selection::Stdin => format!("stdin\n{}", stdin_ids.join("\n")),
            Selection::Query { q, connection } => {
                format!("query\n{q}\n{}", connection.as_deref().unwrap_or(""))
            }
            Selection::File { targets, .. } => {
                format!(
                    "file\n{}",
                    serde_json::to_string(targets).unwrap_or_default()
                )
            }
        }
    }

    fn describe(&self, count: usize) -> String {
        let users = plural(count);
        match self {
            Selection::Query {
                q,
                connection: None,
            } => format!("{users} matching '{q}'"),
            Selection::Query {
                q,
                connection: Some(c),
            } => format!("{users} of {c} matching '{q}'"),
            Selection::File { name, .. } => format!("{users} listed in {name}"),
            Selection::Stdin => format!("{users} read from stdin"),
            Selection::Ids(_) => users,
        }
    }
}

/// "1 user", "2,500 users".
fn plural(n: usize) -> String {
    let n_text = thousands(n);
    if n == 1 {
        format!("{n_text} user")
    } else {
        format!("{n_text} users")
    }
}

/// One kind of change: its verb for messages and the operation.
pub struct Change {
    /// `block`, `unblock`, `delete`, `update`.
    pub verb: &'static str,
    /// `Block`, … (questions).
    pub title: &'static str,
    /// `blocked`, … (summaries).
    pub past: &'static str,
    pub op: Op,
}

/// Runs a change over a selection: everything `users block|unblock|delete|update` do with more than one user.
pub async fn run(
    global: &GlobalArgs,
    change: Change,
    selection: Selection,
    args: &BulkArgs,
) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, output::USERS)?;
    let bulk = selection.is_bulk();
    let can_prompt = super::can_prompt(global);
    // Off a terminal, a bulk write needs --yes: say so before anything is sent (reads included).
    let asks = bulk || change.verb == "delete";
    if asks && !args.yes && !args.dry_run && !can_prompt {
        return Err(usage(format!(
            "refusing to {} users without confirmation: not on a terminal (or --no-input); pass --yes \
             (or --dry-run to see who would change)",
            change.verb
        )));
    }
    // Ids given as arguments are known before anything is sent: ask now.
    let confirmed = args.yes || args.dry_run;
    if let Selection::Ids(ids) = &selection {
        for id in ids {
            super::check_id(id)?;
        }
    }
    // Users as objects on stdin came from a search or an export: they need no existence check.
    let (stdin_ids, stdin_objects) = match &selection {
        Selection::Stdin => read_stdin_ids()?,
        _ => (Vec::new(), false),
    };
    let client = super::connect(global).await?;

    // The journal of this command, named by what makes it the same command.
    let body_key = match &change.op {
        Op::Patch(b) => b.to_string(),
        Op::PatchEach => "each".into(),
        Op::Delete => "delete".into(),
    };
    let tenant = client.tenant_label();
    let key = journal::key(&[&tenant, change.verb, &body_key, &selection.key(&stdin_ids)]);
    let path = Journal::path(&files::state_dir()?.join("bulk"), &key);
    let existing = if args.dry_run {
        None
    } else {
        Journal::open(&path)?
    };
    let command = command_line(change.verb);
    match (&existing, args.resume) {
        (Some(j), false) => {
            return Err(usage(format!(
                "an unfinished run of this command exists ({} of {} users done, started {}); \
                 add --resume to finish it, or delete {} to start over",
                j.done.len(),
                j.header.targets.len(),
                j.header.started_at,
                path.display()
            )));
        }
        (None, true) if !args.dry_run => {
            return Err(usage(
                "there is no unfinished run of this command to resume (a finished run leaves nothing behind); \
                 run it without --resume",
            ));
        }
        _ => {}
    }

    let mut journal = match existing {
        Some(j) => {
            crate::diag::notice(format!(
                "resuming: {} of {} users already done",
                j.done.len(),
                j.header.targets.len()
            ));
            Some(j)
        }
        None => None,
    };
    let (targets, verified) = match &journal {
        Some(j) => (j.header.targets.clone(), true),
        None => {
            select(
                &client,
                &selection,
                stdin_ids,
                stdin_objects,
                global.output.io.stderr_tty,
            )
            .await?
        }
    };

    if args.dry_run {
        return dry_run(&client, &printer, &targets, &change, verified).await;
    }
    if targets.is_empty() {
        crate::diag::notice(format!("no users to {}; nothing was sent", change.verb));
        return Ok(ExitCode::SUCCESS);
    }
    if asks && !confirmed && journal.is_none() {
        let shown: Vec<String> = targets.iter().take(PREVIEW).map(|t| t.id.clone()).collect();
        let found = exec::lookup(&client, &shown).await?;
        let (what, listing) = preview(&targets, &found);
        for line in listing {
            crate::diag::notice(line);
        }
        let question = match &selection {
            Selection::Ids(_) => format!("{} {what}?{}", change.title, undone(&change)),
            _ => format!(
                "{} {}?{}",
                change.title,
                selection.describe(targets.len()),
                undone(&change)
            ),
        };
        if !ask(global, &question)? {
            crate::diag::notice(format!("nothing {}", change.past));
            return Ok(ExitCode::SUCCESS);
        }
    }

    let mut journal = match journal.take() {
        Some(j) => j,
        None => Journal::create(
            &path,
            Header {
                a0_bulk: 1,
                command: command.clone(),
                tenant: tenant.clone(),
                started_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                targets: targets.clone(),
            },
        )?,
    };

    let started = Instant::now();
    let (sent_before, limited_before) = client.request_counts();
    // Delete: Auth0 answers 204 for a user that does not exist, so unverified ids are looked up first, 50 per
    // search; the missing ones are reported and not sent.
    if matches!(change.op, Op::Delete) && !verified {
        let pending: Vec<String> = targets
            .iter()
            .filter(|t| !journal.done.contains_key(&t.id))
            .map(|t| t.id.clone())
            .collect();
        let found = exec::existing(&client, &pending, usize::from(args.concurrency)).await?;
        for id in pending.iter().filter(|id| !found.contains(*id)) {
            journal.record(id, Done::Missing)?;
        }
    }

    let todo: Vec<Target> = targets
        .iter()
        .filter(|t| !journal.done.contains_key(&t.id))
        .cloned()
        .collect();
    let total = targets.len();
    let bar = progress(
        bulk && global.output.io.stderr_tty,
        total,
        journal.done.len(),
    );
    let mut changed: Vec<Value> = Vec::new();
    let mut write_error = None;
    let stopped = {
        let _deferred = crate::interrupt::defer();
        let mut on_answer = |t: &Target, a: Answer| {
            if let Err(e) = journal.record(&t.id, a.done.clone()) {
                write_error.get_or_insert(e);
            }
            if a.done == Done::Ok {
                changed.push(a.user.unwrap_or_else(|| json!({ "user_id": t.id })));
            }
            if let Some(b) = &bar {
                b.inc(1);
                b.set_message(if client.waiting_for_rate_limit() {
                    "waiting for the rate limit"
                } else {
                    ""
                });
            }
        };
        exec::run(
            &client,
            todo,
            &change.op,
            usize::from(args.concurrency),
            &mut on_answer,
        )
        .await
    };
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    if let Some(e) = write_error {
        return Err(
            e.context("the journal could not be written; the run's progress may not be resumable")
        );
    }
    let elapsed = started.elapsed();
    let (sent, limited) = client.request_counts();
    let stats = Stats {
        requests: sent - sent_before,
        rate_limited: limited - limited_before,
        elapsed,
    };

    if stopped {
        let done = journal.done.len();
        eprintln!(
            "a0: interrupted: {done} of {total} users done; the requests in flight were finished and recorded.\n\
             To finish the run: {command} --resume"
        );
        return Ok(Exit::Interrupted.into());
    }

    let report = Report::of(&journal);
    let path_shown = journal.file_path().display().to_string();
    if bulk {
        report.summary(change.past, &stats);
        report.write_failures(args.errors_file.as_deref(), &global.output.io)?;
        if global.output.quiet {
            printer.list(&changed)?;
        }
    } else {
        report.per_item_lines(&targets);
        if global.output.quiet || change.verb != "delete" {
            print_changed(&printer, &targets, &changed, change.verb)?;
        } else {
            for t in &targets {
                if journal.done.get(&t.id) == Some(&Done::Ok) {
                    eprintln!("a0: deleted {}", t.id);
                }
            }
        }
    }
    journal.finish().map_err(|e| {
        e.context(format!(
            "the run finished but its journal {path_shown} stays"
        ))
    })?;
    Ok(report.exit(bulk))
}

fn undone(change: &Change) -> &'static str {
    if change.verb == "delete" {
        " This cannot be undone"
    } else {
        ""
    }
}

/// Asks; "no" is the user's answer, not a failure: the caller says `nothing <past>` and exits 0.
fn ask(global: &GlobalArgs, question: &str) -> anyhow::Result<bool> {
    Ok(global.output.io.prompter().confirm(question, false)?)
}

/// How many users a confirmation prompt names.
const PREVIEW: usize = 5;

/// Who a prompt is about: for one user `user ID (email, name)`; for more, the first few as lines
/// (`  ID  email  name`) before the question, and `… and N more`.
fn preview(targets: &[Target], found: &[Value]) -> (String, Vec<String>) {
    let about = |id: &str| -> String {
        let Some(user) = found
            .iter()
            .find(|u| u.get("user_id").and_then(Value::as_str) == Some(id))
        else {
            return "no such user".to_owned();
        };
        let text = |k: &str| user.get(k).and_then(Value::as_str).unwrap_or_default();
        let parts: Vec<&str> = [text("email"), text("name")]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if parts.is_empty() {
            "no email or name".to_owned()
        } else {
            // An email used as the name says nothing new.
            let mut parts = parts;
            parts.dedup();
            parts.join(", ")
        }
    };
    match targets {
        [one] => (format!("user {} ({})", one.id, about(&one.id)), Vec::new()),
        many => {
            let mut lines: Vec<String> = many
                .iter()
                .take(PREVIEW)
                .map(|t| format!("  {}  ({})", t.id, about(&t.id)))
                .collect();
            if many.len() > PREVIEW {
                lines.push(format!("  … and {} more", thousands(many.len() - PREVIEW)));
            }
            (plural(many.len()), lines)
        }
    }
}

/// Changed users in the order of the ids given.
fn print_changed(
    printer: &Printer,
    targets: &[Target],
    changed: &[Value],
    verb: &str,
) -> anyhow::Result<()> {
    let by_id = |id: &str| {
        changed
            .iter()
            .find(|u| u.get("user_id").and_then(Value::as_str) == Some(id))
    };
    let ordered: Vec<Value> = targets
        .iter()
        .filter_map(|t| by_id(&t.id).cloned())
        .collect();
    match ordered.as_slice() {
        [one] if targets.len() == 1 && verb != "delete" => printer.one(one),
        _ => printer.list(&ordered),
    }
}

/// The targets of a new run, and whether they are known to exist (they came from a search).
async fn select(
    client: &Client,
    selection: &Selection,
    stdin_ids: Vec<String>,
    stdin_objects: bool,
    stderr_tty: bool,
) -> anyhow::Result<(Vec<Target>, bool)> {
    let plain = |ids: Vec<String>| -> Vec<Target> {
        let mut seen = HashSet::new();
        ids.into_iter()
            .filter(|id| seen.insert(id.clone()))
            .map(|id| Target { id, body: None })
            .collect()
    };
    Ok(match selection {
        Selection::Ids(ids) => (plain(ids.clone()), false),
        Selection::Stdin => (plain(stdin_ids), stdin_objects),
        Selection::File { targets, .. } => (targets.clone(), false),
        Selection::Query { q, connection } => {
            let bar = spinner(stderr_tty, "selecting users");
            let mut on_progress = |n: usize| {
                if let Some(b) = &bar {
                    b.set_message(format!("selecting users: {}", thousands(n)));
                }
            };
            let users = crate::bulk::select::all_matching(
                client,
                Some(q.as_str()),
                connection.as_deref(),
                &mut on_progress,
            )
            .await?;
            if let Some(b) = bar {
                b.finish_and_clear();
            }
            let ids = users
                .iter()
                .filter_map(|u| u.get("user_id").and_then(Value::as_str).map(str::to_owned))
                .collect();
            (plain(ids), true)
        }
    })
}

/// The ids on stdin, and whether they came as user objects (NDJSON or a JSON array).
fn read_stdin_ids() -> anyhow::Result<(Vec<String>, bool)> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| usage(format!("cannot read user ids from stdin: {e}")))?;
    let objects = text.trim_start().starts_with(['{', '[']);
    Ok((crate::bulk::select::parse_ids(&text)?, objects))
}

/// `--dry-run`: who would change. Users that came from a search are printed as they are; ids are looked up
/// (50 per search) so that missing ones show.
async fn dry_run(
    client: &Client,
    printer: &Printer,
    targets: &[Target],
    change: &Change,
    verified: bool,
) -> anyhow::Result<ExitCode> {
    let ids: Vec<String> = targets.iter().map(|t| t.id.clone()).collect();
    let found = if verified {
        ids.iter().cloned().collect()
    } else {
        exec::existing(client, &ids, 16).await?
    };
    let rows: Vec<Value> = targets
        .iter()
        .filter(|t| found.contains(&t.id))
        .map(|t| match &t.body {
            Some(b) => json!({ "user_id": t.id, "change": b }),
            None => json!({ "user_id": t.id }),
        })
        .collect();
    let missing = ids.len() - rows.len();
    printer.list(&rows)?;
    eprintln!(
        "dry run: would {} {}{}; nothing was sent",
        change.verb,
        plural(rows.len()),
        if missing > 0 {
            format!(" ({missing} of the ids given do not exist)")
        } else {
            String::new()
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// The command as typed, for "run it again with --resume".
fn command_line(verb: &str) -> String {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--resume")
        .map(|a| shell_word(&a))
        .collect();
    if args.is_empty() {
        format!("a0 users {verb}")
    } else {
        format!("a0 {}", args.join(" "))
    }
}

fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.,:/=@%+".contains(c));
    if plain {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

struct Stats {
    requests: u64,
    rate_limited: u64,
    elapsed: Duration,
}

/// The outcome of the whole run (resumed parts included), from the journal.
struct Report {
    ok: usize,
    missing: Vec<String>,
    failed: Vec<(String, Option<u16>, String, u8)>,
}

impl Report {
    fn of(journal: &Journal) -> Report {
        let mut r = Report {
            ok: 0,
            missing: Vec::new(),
            failed: Vec::new(),
        };
        for t in &journal.header.targets {
            match journal.done.get(&t.id) {
                Some(Done::Ok) => r.ok += 1,
                Some(Done::Missing) => r.missing.push(t.id.clone()),
                Some(Done::Failed {
                    status,
                    error,
                    exit,
                }) => r.failed.push((t.id.clone(), *status, error.clone(), *exit)),
                None => {}
            }
        }
        r
    }

    fn summary(&self, past: &str, stats: &Stats) {
        let secs = stats.elapsed.as_secs_f64();
        let rate = if secs > 0.0 {
            stats.requests as f64 / secs
        } else {
            0.0
        };
        eprintln!(
            "{past} {}: {} ok, {} failed, {} missing in {secs:.1} s ({} requests, {rate:.1} requests/s, {} rate-limited)",
            plural(self.ok + self.failed.len() + self.missing.len()),
            thousands(self.ok),
            thousands(self.failed.len()),
            thousands(self.missing.len()),
            thousands(stats.requests as usize),
            thousands(stats.rate_limited as usize)
        );
    }

    fn rows(&self) -> Vec<Value> {
        let mut rows: Vec<Value> = self
            .missing
            .iter()
            .map(|id| json!({"user_id": id, "status": 404, "error": "no such user"}))
            .collect();
        rows.extend(self.failed.iter().map(
            |(id, status, error, _)| json!({"user_id": id, "status": status, "error": error}),
        ));
        rows
    }

    fn write_failures(
        &self,
        errors_file: Option<&std::path::Path>,
        io: &output::Io,
    ) -> anyhow::Result<()> {
        let rows = self.rows();
        if rows.is_empty() {
            return Ok(());
        }
        let text: String = rows.iter().map(|r| format!("{r}\n")).collect();
        match errors_file {
            Some(path) => {
                std::fs::write(path, text)
                    .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
                eprintln!("per-user failures written to {}", path.display());
                Ok(())
            }
            None => output::text(io, &text),
        }
    }

    /// The small-command report: one stderr line per failed id, as before bulk runs existed.
    fn per_item_lines(&self, targets: &[Target]) {
        for t in targets {
            if self.missing.contains(&t.id) {
                eprintln!("a0: {}: no such user", t.id);
            } else if let Some((_, _, e, _)) = self.failed.iter().find(|f| f.0 == t.id) {
                eprintln!("a0: {}: {e}", t.id);
            }
        }
    }

    fn exit(&self, bulk: bool) -> ExitCode {
        let mut exits: Vec<u8> = self.failed.iter().map(|f| f.3).collect();
        exits.extend(self.missing.iter().map(|_| Exit::NotFound as u8));
        match exits.first() {
            None => ExitCode::SUCCESS,
            // A bulk run says "some failed" (6) however many did; ids given by hand keep their own code.
            Some(_) if bulk => Exit::Partial.into(),
            Some(_) => super::items_exit(self.ok, &exits),
        }
    }
}

/// A progress bar for a bulk run on a terminal: done/total, rate, ETA, and the rate-limit wait.
fn progress(show: bool, total: usize, done: usize) -> Option<ProgressBar> {
    if !show {
        return None;
    }
    let bar = ProgressBar::new(total as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} users ({per_sec}, ETA {eta}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_position(done as u64);
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

fn spinner(show: bool, what: &str) -> Option<ProgressBar> {
    if !show {
        return None;
    }
    let bar = ProgressBar::new_spinner();
    bar.set_message(what.to_owned());
    bar.enable_steady_tick(Duration::from_millis(120));
    Some(bar)
}
