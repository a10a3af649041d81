//! One writer per project: a lock file beside the project, `NAME.stance.json.lock`.
//!
//! The first instance that opens a project holds an OS lock on the lock file for as long as the
//! project is open (the OS drops it when the process ends, even on a crash, so a stale lock file
//! never blocks anyone). A second instance gets [`LockError::Held`] with who holds it and opens
//! the project read-only.

use std::fs::{self, File};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

/// Why a project could not be locked.
#[derive(Debug, Error)]
pub enum LockError {
    /// Another process has the project open.
    #[error("{project} is already open in another Stance Desk ({holder}); it opens read-only here")]
    Held {
        /// The project file.
        project: PathBuf,
        /// Who holds the lock, as written in the lock file.
        holder: String,
    },
    /// The lock file is a symbolic link, a folder, a device or a named pipe: taking the lock
    /// would write through it, so it is refused.
    #[error("cannot lock {project}: its lock file {path} is {kind}, not a regular file: refused")]
    NotAFile {
        /// The project file.
        project: PathBuf,
        /// The lock file.
        path: PathBuf,
        /// What it is.
        kind: &'static str,
    },
    /// The lock file could not be created or locked.
    #[error("cannot lock {path}: {source}")]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The system's reason.
        source: io::Error,
    },
}

/// A held lock on a project; released (and its file removed) when dropped.
#[derive(Debug)]
pub struct ProjectLock {
    file: File,
    path: PathBuf,
}

/// The lock file of a project: `NAME.lock` beside it.
pub fn lock_path(project: &Path) -> PathBuf {
    let mut name = project.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    project.with_file_name(name)
}

impl ProjectLock {
    /// Takes the lock of `project`, or says who holds it.
    ///
    /// A project reached through a symbolic link is locked at its target, so that every name of
    /// it takes the same lock.
    pub fn acquire(project: &Path) -> Result<Self, LockError> {
        let real = match super::files::resolve_output(project) {
            Ok(Some((real, _))) => real,
            _ => project.to_path_buf(),
        };
        let path = lock_path(&real);
        let io_err = |source| LockError::Io { path: path.clone(), source };
        // a holder that is closing removes the file after we opened it: then we hold a lock on
        // a file nobody else sees, so check that the path still names our file and retry if not
        for _ in 0..5 {
            let mut file = open_lock_file(project, &path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = holder.trim();
                    let holder = if holder.is_empty() { "another process".to_owned() } else { holder.to_owned() };
                    return Err(LockError::Held { project: project.to_path_buf(), holder });
                }
                Err(fs::TryLockError::Error(e)) => return Err(io_err(e)),
            }
            if !same_file(&file, &path) {
                continue;
            }
            let who = format!(
                "process {} of user {} since {}",
                std::process::id(),
                user_name(),
                chrono::Local::now().format("%Y-%m-%d %H:%M")
            );
            file.set_len(0).map_err(io_err)?;
            file.rewind().map_err(io_err)?;
            file.write_all(who.as_bytes()).map_err(io_err)?;
            return Ok(Self { file, path });
        }
        Err(io_err(io::Error::other("the lock file keeps being replaced")))
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        // remove while still locked, so nobody locks the file we are about to unlink and keeps
        // it; a failure leaves an unlocked lock file, which blocks nobody
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Opens (or creates) a lock file without following a symbolic link and without waiting on a
/// named pipe; anything but a regular file is refused.
fn open_lock_file(project: &Path, path: &Path) -> Result<File, LockError> {
    let not_a_file = |kind| LockError::NotAFile { project: project.to_path_buf(), path: path.to_path_buf(), kind };
    if let Ok(meta) = fs::symlink_metadata(path) {
        if !meta.is_file() {
            return Err(not_a_file(super::files::kind_of(&meta)));
        }
    }
    let file = lock_options().open(path).map_err(|e| match fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => not_a_file(super::files::kind_of(&meta)),
        _ => LockError::Io { path: path.to_path_buf(), source: e },
    })?;
    match file.metadata() {
        Ok(meta) if meta.is_file() => Ok(file),
        Ok(meta) => Err(not_a_file(super::files::kind_of(&meta))),
        Err(e) => Err(LockError::Io { path: path.to_path_buf(), source: e }),
    }
}

#[cfg(unix)]
fn lock_options() -> fs::OpenOptions {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let mut o = fs::OpenOptions::new();
    o.read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o644)
        .custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits().cast_signed());
    o
}

#[cfg(not(unix))]
fn lock_options() -> fs::OpenOptions {
    let mut o = fs::OpenOptions::new();
    o.read(true).write(true).create(true).truncate(false);
    o
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// The user's name for lock files and the default coder: `$USER`, `$USERNAME`, else "analyst".
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "analyst".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_told_who_has_it_and_the_lock_ends_with_the_first() {
        let dir = std::env::temp_dir().join(format!("stancedesk-lock-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let p = dir.join("p.stance.json");
        let first = ProjectLock::acquire(&p).unwrap();
        assert!(first.path().exists());
        let err = ProjectLock::acquire(&p).unwrap_err().to_string();
        assert!(err.contains("already open") && err.contains(&format!("process {}", std::process::id())), "{err}");
        drop(first);
        assert!(!lock_path(&p).exists());
        let again = ProjectLock::acquire(&p);
        assert!(again.is_ok());
    }
}
