//! Recovery files: the open project written to the user's data folder about a second after each
//! edit, never over the analyst's own file, and offered back after a crash.
//!
//! Each running desk holds a [`RecoverySlot`]: a file `…/recovery/NAME-HASH.recovery.stance.json`
//! and its lock. Saving the project (or closing it cleanly) discards the slot. On start,
//! [`pending`] lists the recovery files whose desk is gone (their lock is free): those are the
//! work of a desk that crashed or was killed.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::lock::ProjectLock;
use super::project::{ProjectError, load_project, save_as};
use crate::model::Project;

/// Name ending of recovery files.
const SUFFIX: &str = ".recovery.stance.json";

/// The folder of recovery files: `$STANCEDESK_DATA_DIR/recovery` when that variable is set
/// (tests, portable installs), else the platform's data folder (`~/.local/share/stancedesk` on
/// Linux) + `recovery`.
pub fn recovery_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("STANCEDESK_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("recovery"));
    }
    directories::ProjectDirs::from("", "", "stancedesk").map(|p| p.data_dir().join("recovery"))
}

/// The recovery file of one open project, locked while the desk runs.
#[derive(Debug)]
pub struct RecoverySlot {
    path: PathBuf,
    source: Option<PathBuf>,
    _lock: ProjectLock,
}

impl RecoverySlot {
    /// Opens the slot for the project at `source` (or an unsaved project) in `dir`.
    pub fn open(dir: &Path, source: Option<&Path>) -> io::Result<Self> {
        fs::create_dir_all(dir)?;
        let name = match source {
            Some(src) => {
                let abs = std::path::absolute(src).unwrap_or_else(|_| src.to_path_buf());
                let hash = Sha256::digest(abs.to_string_lossy().as_bytes());
                let hex = hash[..4].iter().fold(String::new(), |mut s, b| {
                    let _ = write!(s, "{b:02x}");
                    s
                });
                let stem = src.file_name().map(|n| n.to_string_lossy().replace(super::project::EXTENSION, ""));
                // one file per session: a desk started after a crash never writes over the
                // crashed desk's file, which waits to be recovered
                format!(
                    "{}-{hex}-{}-{}{SUFFIX}",
                    stem.unwrap_or_default(),
                    std::process::id(),
                    chrono::Local::now().format("%Y%m%d%H%M%S%3f")
                )
            }
            None => format!("untitled-{}-{}{SUFFIX}", std::process::id(), chrono::Local::now().format("%Y%m%d%H%M%S")),
        };
        let path = dir.join(name);
        let lock = ProjectLock::acquire(&path).map_err(io::Error::other)?;
        Ok(Self { path, source: source.map(Path::to_path_buf), _lock: lock })
    }

    /// Where the recovery file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the project to the recovery file (atomically, no backup).
    pub fn write(&mut self, project: &Project) -> Result<(), ProjectError> {
        let source = self.source.as_ref().map(|s| s.to_string_lossy().into_owned());
        save_as(&self.path, project, Some(source.as_deref().unwrap_or("")), false)?;
        Ok(())
    }

    /// Removes the recovery file but keeps the slot (the project was saved; the next edit
    /// writes a new one).
    pub fn clear(&mut self) -> io::Result<()> {
        match fs::remove_file(&self.path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Points the slot at a new project path (after Save As); the old recovery file goes.
    pub fn retarget(self, dir: &Path, source: &Path) -> io::Result<Self> {
        let next = Self::open(dir, Some(source))?;
        self.discard()?;
        Ok(next)
    }

    /// Removes the recovery file: the project was saved or closed cleanly.
    pub fn discard(self) -> io::Result<()> {
        match fs::remove_file(&self.path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// A recovery file left by a desk that is no longer running.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The recovery file.
    pub path: PathBuf,
    /// The project file it belongs to; `None` for a project that was never saved.
    pub recovery_of: Option<PathBuf>,
    /// When it was last written.
    pub modified: Option<std::time::SystemTime>,
}

/// Recovery files in `dir` that no running desk holds, newest first.
pub fn pending(dir: &Path) -> Vec<Pending> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let path = e.path();
        if !path.file_name().is_some_and(|n| n.to_string_lossy().ends_with(SUFFIX)) {
            continue;
        }
        // free lock: its desk is gone. Taking it for a moment is how we ask.
        if ProjectLock::acquire(&path).is_err() {
            continue;
        }
        let modified = e.metadata().and_then(|m| m.modified()).ok();
        let recovery_of = read_recovery_of(&path);
        out.push(Pending { path, recovery_of, modified });
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.modified));
    out
}

/// The `recovery_of` field of a recovery file, read from its first bytes.
fn read_recovery_of(path: &Path) -> Option<PathBuf> {
    use std::io::Read;
    let mut head = vec![0; 4096];
    let n = fs::File::open(path).and_then(|mut f| f.read(&mut head)).ok()?;
    let head = String::from_utf8_lossy(&head[..n]);
    let at = head.find("\"recovery_of\": ")? + "\"recovery_of\": ".len();
    let rest = &head[at..];
    let mut de = serde_json::Deserializer::from_str(rest).into_iter::<String>();
    de.next()?.ok().filter(|s| !s.is_empty()).map(PathBuf::from)
}

/// Loads a pending recovery file.
pub fn recover(p: &Pending) -> Result<Project, ProjectError> {
    load_project(&p.path).map(|l| l.project)
}

/// Deletes a pending recovery file the analyst chose to discard.
pub fn discard_pending(p: &Pending) -> io::Result<()> {
    fs::remove_file(&p.path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_is_pending_only_when_its_holder_is_gone() {
        let dir = std::env::temp_dir().join(format!("stancedesk-recovery-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let mut p = Project::default();
        p.coders.push("ann".into());
        let mut slot = RecoverySlot::open(&dir, Some(Path::new("/home/a/kyiv.stance.json"))).unwrap();
        slot.write(&p).unwrap();
        assert!(slot.path().file_name().unwrap().to_string_lossy().starts_with("kyiv-"));
        assert!(pending(&dir).is_empty(), "held by a running desk");
        // a crash: the lock goes with the process, the file stays
        let path = slot.path().to_path_buf();
        std::mem::forget(slot);
        // forget keeps our lock in this process; emulate the OS releasing it
        let _ = fs::remove_file(super::super::lock::lock_path(&path));
        let found = pending(&dir);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].recovery_of.as_deref(), Some(Path::new("/home/a/kyiv.stance.json")));
        assert_eq!(recover(&found[0]).unwrap().coders, vec!["ann".to_owned()]);
        discard_pending(&found[0]).unwrap();
        assert!(pending(&dir).is_empty());
    }

    #[test]
    fn discard_removes_the_file() {
        let dir = std::env::temp_dir().join(format!("stancedesk-recovery-d-{}", std::process::id()));
        let mut slot = RecoverySlot::open(&dir, None).unwrap();
        slot.write(&Project::default()).unwrap();
        let path = slot.path().to_path_buf();
        assert!(path.exists());
        slot.discard().unwrap();
        assert!(!path.exists());
    }
}
