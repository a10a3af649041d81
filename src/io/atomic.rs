//! Atomic file replacement: a file is either its old bytes or its new bytes, never a mix.
//!
//! [`AtomicFile`] writes into a temporary file in the target's folder (so the final rename never
//! crosses file systems), flushes it to disk, optionally keeps the previous version as
//! `NAME.bak`, renames the temporary file over the target and flushes the folder entry. A process
//! killed at any moment leaves the target untouched or complete; at worst a stale temporary file
//! named `.NAME.tmp-…` stays behind, which [`sweep_stale_temps`] removes.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::files;

/// Marker in the names of temporary files (`.NAME.tmp-PID-N`).
const TEMP_MARK: &str = ".tmp-";

/// Counter that makes temporary names unique inside one process.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A file being written that replaces `target` atomically on [`AtomicFile::commit`].
///
/// Dropping it without committing removes the temporary file and leaves the target as it was.
#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    writer: Option<BufWriter<File>>,
    backup: bool,
}

impl AtomicFile {
    /// Starts writing a replacement for `target`. With `backup`, the current target (if any) is
    /// kept as `target.bak` when the new version is committed.
    ///
    /// A symbolic link is written through: its target is replaced (and backed up beside it), the
    /// link stays. A target that is a folder, a device or a named pipe is refused before anything
    /// is written. The new file gets the mode (and, where the system allows, the owner) of the
    /// file it replaces. Temporary files that killed writers left in the folder are removed.
    pub fn create(target: &Path, backup: bool) -> io::Result<Self> {
        let refused = |e: files::FileError| io::Error::new(io::ErrorKind::InvalidInput, e.to_string());
        let (target, existing) = match files::resolve_output(target).map_err(refused)? {
            Some((real, meta)) if meta.is_file() => (real, Some(meta)),
            Some((_, meta)) => {
                let kind = files::kind_of(&meta);
                return Err(refused(files::FileError::NotRegular { path: files::shown(target), kind }));
            }
            None => (target.to_path_buf(), None),
        };
        let dir = parent_dir(&target);
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?
            .to_string_lossy();
        sweep_stale_temps(&target);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!(".{name}{TEMP_MARK}{}-{n}", std::process::id()));
        let file = create_like(&temp, existing.as_ref())?;
        Ok(Self { target, temp, writer: Some(BufWriter::with_capacity(1 << 18, file)), backup })
    }

    /// The file being replaced.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes the new content to disk, keeps the backup if asked, and renames the new file over
    /// the target. Returns the backup's path when one was made.
    pub fn commit(mut self) -> io::Result<Option<PathBuf>> {
        let writer = self.writer.take().ok_or_else(|| io::Error::other("already committed"))?;
        let file = writer.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        drop(file);
        let mut backup = None;
        if self.backup && self.target.is_file() {
            let bak = backup_path(&self.target);
            keep_backup(&self.target, &bak)?;
            backup = Some(bak);
        }
        fs::rename(&self.temp, &self.target)?;
        sync_dir(parent_dir(&self.target))?;
        Ok(backup)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.writer {
            Some(w) => w.write(buf),
            None => Err(io::Error::other("already committed")),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.writer {
            Some(w) => w.write_all(buf),
            None => Err(io::Error::other("already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.writer {
            Some(w) => w.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.take().is_some() {
            // not committed: the target stays as it was; the half-written file goes. A failure
            // to remove it leaves a stale temporary file that `sweep_stale_temps` removes later.
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// Creates the temporary file: never readable by more people than the file it replaces, and in
/// the end with that file's mode and owner (where the system lets us keep the owner).
#[cfg(unix)]
fn create_like(temp: &Path, existing: Option<&fs::Metadata>) -> io::Result<File> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
    let mode = existing.map_or(0o666, |m| m.mode() & 0o7777);
    let file = fs::OpenOptions::new().write(true).create_new(true).mode(mode).open(temp)?;
    if let Some(m) = existing {
        // another user's file keeps its owner only for root; its group where we are a member
        if std::os::unix::fs::fchown(&file, Some(m.uid()), Some(m.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(&file, None, Some(m.gid()));
        }
        // after the owner (a change of owner clears set-id bits), and past the umask
        file.set_permissions(fs::Permissions::from_mode(mode))?;
    }
    Ok(file)
}

#[cfg(not(unix))]
fn create_like(temp: &Path, existing: Option<&fs::Metadata>) -> io::Result<File> {
    let file = fs::OpenOptions::new().write(true).create_new(true).open(temp)?;
    if let Some(m) = existing {
        file.set_permissions(m.permissions())?;
    }
    Ok(file)
}

/// Writes `target` atomically with what `fill` writes; see [`AtomicFile`].
pub fn write_atomic<E: From<io::Error>>(
    target: &Path,
    backup: bool,
    fill: impl FnOnce(&mut AtomicFile) -> Result<(), E>,
) -> Result<Option<PathBuf>, E> {
    let mut file = AtomicFile::create(target, backup)?;
    fill(&mut file)?;
    Ok(file.commit()?)
}

/// The backup path of a file: `NAME.bak` beside it.
pub fn backup_path(target: &Path) -> PathBuf {
    let mut name = target.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    target.with_file_name(name)
}

/// Keeps the current `target` as `bak` without a moment where neither exists: a hard link (or,
/// where the file system has none, a copy) under a temporary name, renamed over the old backup.
fn keep_backup(target: &Path, bak: &Path) -> io::Result<()> {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = bak.file_name().unwrap_or_default().to_string_lossy();
    let staging = parent_dir(bak).join(format!(".{name}{TEMP_MARK}{}-{n}", std::process::id()));
    if fs::hard_link(target, &staging).is_err() {
        fs::copy(target, &staging)?;
        File::open(&staging)?.sync_all()?;
    }
    fs::rename(&staging, bak)
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Flushes a folder's entries (the rename) to disk. A no-op where folders cannot be opened.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Removes temporary files that killed writers left in the folder of `target` (of any file of
/// the folder: a killed export leaves `.OUT.csv.tmp-PID-N`); returns how many.
///
/// Only files of processes that are no longer running are removed (a process id that runs again
/// in a process started after the file was written is not its writer), so a save in progress in
/// another instance is never disturbed.
pub fn sweep_stale_temps(target: &Path) -> usize {
    let Ok(entries) = fs::read_dir(parent_dir(target)) else { return 0 };
    let mut removed = 0;
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = temp_owner(&file_name) else { continue };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        let modified = entry.metadata().and_then(|m| m.modified()).ok();
        if is_file
            && pid != std::process::id()
            && !process_alive(pid, modified)
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The process that made a temporary file named `.NAME.tmp-PID-N`, if the name is one.
fn temp_owner(file_name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix('.')?;
    let (_, tail) = rest.rsplit_once(TEMP_MARK)?;
    let (pid, n) = tail.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(pid) && digits(n)).then(|| pid.parse().ok()).flatten()
}

/// Whether the process that made a temporary file last modified at `modified` still runs.
/// Linux: `/proc/PID` exists and the process started before the file was last written (process
/// ids are reused: one that started later is another process, so the writer is gone). Elsewhere
/// assumed alive unless it is us, so nothing of a running save is removed.
fn process_alive(pid: u32, modified: Option<std::time::SystemTime>) -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    if !Path::new(&format!("/proc/{pid}")).exists() {
        return false;
    }
    match (process_start(pid), modified) {
        // two seconds of slack for the clock ticks and coarse file times
        (Some(start), Some(modified)) => start <= modified + std::time::Duration::from_secs(2),
        _ => true,
    }
}

/// When a process started (Linux: field 22 of `/proc/PID/stat`, in clock ticks of 1/100 s
/// after the boot time `btime` of `/proc/stat`); `None` when it cannot be read.
fn process_start(pid: u32) -> Option<std::time::SystemTime> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // the command name (field 2) is in parentheses and may hold spaces: count after the last ')'
    let after = stat.rsplit_once(')')?.1;
    let ticks: u64 = after.split_whitespace().nth(19)?.parse().ok()?;
    let boot = fs::read_to_string("/proc/stat").ok()?;
    let btime: u64 = boot.lines().find_map(|l| l.strip_prefix("btime "))?.trim().parse().ok()?;
    Some(std::time::UNIX_EPOCH + std::time::Duration::from_millis(btime * 1000 + ticks * 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("stancedesk-atomic-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn commit_replaces_and_keeps_backup() {
        let d = dir("commit");
        let t = d.join("p.stance.json");
        fs::write(&t, "old").unwrap();
        let bak = write_atomic::<io::Error>(&t, true, |f| f.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&t).unwrap(), "new");
        assert_eq!(bak.as_deref(), Some(d.join("p.stance.json.bak").as_path()));
        assert_eq!(fs::read_to_string(d.join("p.stance.json.bak")).unwrap(), "old");
        // the second save moves the backup on and leaves no temporary file
        write_atomic::<io::Error>(&t, true, |f| f.write_all(b"newer")).unwrap();
        assert_eq!(fs::read_to_string(d.join("p.stance.json.bak")).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(&d).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn a_failed_fill_leaves_the_target_alone() {
        let d = dir("fail");
        let t = d.join("x.csv");
        fs::write(&t, "keep").unwrap();
        let r = write_atomic(&t, false, |f| {
            f.write_all(b"half")?;
            Err(io::Error::other("boom"))
        });
        assert!(r.is_err());
        assert_eq!(fs::read_to_string(&t).unwrap(), "keep");
        assert_eq!(fs::read_dir(&d).unwrap().count(), 1);
    }

    #[test]
    fn no_backup_of_a_new_file() {
        let d = dir("new");
        let t = d.join("fresh.csv");
        assert_eq!(write_atomic::<io::Error>(&t, true, |f| f.write_all(b"a")).unwrap(), None);
        assert!(!backup_path(&t).exists());
    }

    #[test]
    fn sweep_removes_temps_of_dead_processes_only() {
        let d = dir("sweep");
        let t = d.join("p.stance.json");
        // pid 0x7ffffffe does not run; our own pid does
        fs::write(d.join(".p.stance.json.tmp-2147483646-0"), "x").unwrap();
        fs::write(d.join(format!(".p.stance.json.tmp-{}-99", std::process::id())), "x").unwrap();
        fs::write(d.join("unrelated.tmp-1-1"), "x").unwrap();
        assert_eq!(sweep_stale_temps(&t), 1);
        assert_eq!(fs::read_dir(&d).unwrap().count(), 2);
    }

    /// Regression: a killed save's temporary file was kept when its process id had been given
    /// to a new process (ids wrap at 32,768), as the kill -9 test found.
    #[test]
    #[cfg(target_os = "linux")]
    fn regression_a_reused_process_id_does_not_keep_a_stale_temporary_file() {
        let d = dir("reused");
        let t = d.join("p.stance.json");
        // process 1 runs since boot: a file it wrote now is its own, one older than the boot
        // cannot be
        let fresh = d.join(".p.stance.json.tmp-1-0");
        let stale = d.join(".p.stance.json.tmp-1-1");
        fs::write(&fresh, "x").unwrap();
        fs::write(&stale, "x").unwrap();
        let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000);
        fs::File::options().write(true).open(&stale).unwrap().set_modified(old).unwrap();
        assert!(process_start(1).is_some_and(|s| s > old));
        assert_eq!(sweep_stale_temps(&t), 1);
        assert!(fresh.exists() && !stale.exists());
    }
}
