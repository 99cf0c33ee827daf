//! Where a0 keeps its files (`$A0_CONFIG_DIR`, else the XDG config dir `a0/`) and how private files are
//! written: directory 0700, file 0600, replaced atomically so a crash never leaves half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use etcetera::BaseStrategy;

/// The configuration directory: `$A0_CONFIG_DIR`, else `<XDG config dir>/a0`.
pub fn config_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("A0_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let base = etcetera::choose_base_strategy()
        .context("cannot find the home directory; set A0_CONFIG_DIR")?;
    Ok(base.config_dir().join("a0"))
}

/// The state directory (bulk-run journals): `$A0_STATE_DIR`, else `$XDG_STATE_HOME/a0` (`~/.local/state/a0`;
/// the platform's data dir where there is no state dir).
pub fn state_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("A0_STATE_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let base = etcetera::choose_base_strategy()
        .context("cannot find the home directory; set A0_STATE_DIR")?;
    Ok(base
        .state_dir()
        .unwrap_or_else(|| base.data_dir())
        .join("a0"))
}

/// Reads a file, `None` when it does not exist.
pub fn read_optional(path: &Path) -> anyhow::Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Writes `contents` to `path` readable by the owner only (0600), creating the directory (0700).
pub fn write_private(path: &Path, contents: &str) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .with_context(|| format!("{} has no parent directory", path.display()))?;
    create_private_dir(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".a0-")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a file in {}", dir.display()))?;
    // tempfile creates files 0600 on Unix already; say so explicitly in case that ever changes.
    set_mode(tmp.path(), 0o600)?;
    tmp.write_all(contents.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Removes a file; a missing one is fine.
pub fn remove_optional(path: &Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot remove {}", path.display())),
    }
}

fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .with_context(|| format!("cannot set the permissions of {}", path.display()))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> anyhow::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn private_file_is_0600_in_a_0700_dir_and_replaced_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("sub/dir/f.toml");
        write_private(&path, "a = 1\n").unwrap();
        write_private(&path, "a = 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a = 2\n");
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        remove_optional(&path).unwrap();
        remove_optional(&path).unwrap();
        assert_eq!(read_optional(&path).unwrap(), None);
    }
}
