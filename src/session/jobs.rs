//! Background jobs tracked by id: each has a label, a progress and the generation of the project
//! it was started for; workers report back over one channel, and a waker tells the GUI (if any)
//! to look.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, OnceLock};

use crate::io::Opened;
use crate::io::project::LoadedProject;
use crate::model::{Document, Project, Statement};

/// Called when a job has something to report (the desk asks egui for a repaint).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Identifies one background job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JobId(u64);

impl fmt::Display for JobId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "job {}", self.0)
    }
}

/// What a job is doing, with what it needs to apply its result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobKind {
    /// Reading briefings to add.
    ReadBriefings,
    /// Reading a project file.
    LoadProject(std::path::PathBuf),
    /// Reading a recovery file.
    Recover(Option<std::path::PathBuf>),
    /// Reading a document again (its file) with another encoding.
    Reread(std::path::PathBuf, String),
    /// Saving the project.
    Save {
        /// Where.
        path: std::path::PathBuf,
        /// How many changes the save has.
        edits: usize,
    },
    /// Exporting CSV.
    Export(std::path::PathBuf),
    /// Writing the recovery file.
    WriteRecovery,
    /// Computing the overview of the project as it was at this revision.
    Overview(u64),
    /// Computing the agreement between coders of the project as it was at this revision.
    Agreement(u64),
    /// Exporting an Excel workbook.
    ExportXlsx(std::path::PathBuf),
    /// Exporting a network.
    ExportNetwork(std::path::PathBuf),
    /// Reading and matching a tag file.
    ImportTags(std::path::PathBuf),
    /// Removing the recovery file.
    ClearRecovery,
}

/// What a worker sends back.
#[derive(Debug)]
pub enum Outcome {
    /// Progress of a long job: done of all.
    Progress(usize, usize),
    /// Briefings read.
    Briefings(Opened),
    /// A project (or recovery) file read.
    Project(Result<LoadedProject, crate::io::project::ProjectError>),
    /// A recovery file read, with a note when the file could not be removed.
    Recovered(Result<(Project, String), String>),
    /// A document read again and extracted afresh.
    Reread(Result<(Document, Vec<Statement>), String>),
    /// A save, export or recovery write done: rows exported, or nothing.
    Written(Result<usize, String>),
    /// The overview computed.
    Overview(Arc<crate::analysis::Overview>),
    /// The agreement between coders computed.
    Agreement(Arc<crate::analysis::agreement::Agreement>),
    /// A tag file read and matched: the changes, or why it was refused.
    Tags(Result<Vec<crate::io::tags::TagUpdate>, String>),
}

/// A job still running.
#[derive(Debug)]
pub struct Running {
    /// What it does.
    pub kind: JobKind,
    /// The project generation it belongs to.
    pub generation: u64,
    /// Progress 0..1 and its label, for long jobs.
    pub progress: Option<(String, f32)>,
}

/// The running jobs and the channel their workers report on.
pub struct Jobs {
    next: u64,
    running: BTreeMap<JobId, Running>,
    tx: Sender<(JobId, Outcome)>,
    rx: Receiver<(JobId, Outcome)>,
    waker: Arc<OnceLock<Waker>>,
}

impl fmt::Debug for Jobs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Jobs").field("running", &self.running).finish_non_exhaustive()
    }
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self { next: 0, running: BTreeMap::new(), tx, rx, waker: Arc::new(OnceLock::new()) }
    }
}

/// Where a worker sends its outcome; wakes the GUI after each.
#[derive(Clone)]
pub struct Reporter {
    id: JobId,
    tx: Sender<(JobId, Outcome)>,
    waker: Arc<OnceLock<Waker>>,
}

impl Reporter {
    /// Sends an outcome; false when the session is gone.
    pub fn send(&self, outcome: Outcome) -> bool {
        let ok = self.tx.send((self.id, outcome)).is_ok();
        if let Some(w) = self.waker.get() {
            w();
        }
        ok
    }

    /// The job this reporter reports for.
    pub fn id(&self) -> JobId {
        self.id
    }
}

impl Jobs {
    /// Sets the waker; the first one set stays (every frame offers the same one).
    pub fn set_waker(&self, waker: Waker) {
        self.waker.get_or_init(|| waker);
    }

    /// Registers a job and returns the reporter its worker sends on.
    pub fn start(&mut self, kind: JobKind, generation: u64, label: Option<String>) -> Reporter {
        let id = JobId(self.next);
        self.next += 1;
        let progress = label.map(|l| (l, 0.0));
        self.running.insert(id, Running { kind, generation, progress });
        Reporter { id, tx: self.tx.clone(), waker: Arc::clone(&self.waker) }
    }

    /// Whether any job is running.
    pub fn busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// Whether a job of this kind is running.
    pub fn any(&self, f: impl Fn(&JobKind) -> bool) -> bool {
        self.running.values().any(|r| f(&r.kind))
    }

    /// The progress to show: the oldest job that has one.
    pub fn progress(&self) -> Option<(String, f32)> {
        self.running.values().find_map(|r| r.progress.clone())
    }

    /// The next report without waiting: a progress report updates its job and is not returned;
    /// a final outcome ends its job and is returned with it.
    pub fn try_next(&mut self) -> Option<(Running, Outcome)> {
        while let Ok((id, outcome)) = self.rx.try_recv() {
            if let Some(r) = self.finish(id, outcome) {
                return Some(r);
            }
        }
        None
    }

    /// Like [`Jobs::try_next`], waiting up to `timeout` (tests and shutdown only).
    pub fn next_within(&mut self, timeout: std::time::Duration) -> Option<(Running, Outcome)> {
        let until = std::time::Instant::now() + timeout;
        loop {
            let left = until.saturating_duration_since(std::time::Instant::now());
            let (id, outcome) = self.rx.recv_timeout(left).ok()?;
            if let Some(r) = self.finish(id, outcome) {
                return Some(r);
            }
        }
    }

    fn finish(&mut self, id: JobId, outcome: Outcome) -> Option<(Running, Outcome)> {
        if let Outcome::Progress(done, all) = outcome {
            if let Some(r) = self.running.get_mut(&id) {
                let label = r.progress.as_ref().map_or_else(String::new, |(l, _)| l.clone());
                let base = label.split(" (").next().unwrap_or_default().to_owned();
                r.progress = Some((format!("{base} ({done}/{all})"), done as f32 / all.max(1) as f32));
            }
            return None;
        }
        self.running.remove(&id).map(|r| (r, outcome))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_end_with_their_final_outcome_and_progress_updates_the_label() {
        let mut jobs = Jobs::default();
        let r = jobs.start(JobKind::ReadBriefings, 3, Some("reading briefings".into()));
        assert!(jobs.busy());
        r.send(Outcome::Progress(1, 4));
        assert!(jobs.try_next().is_none());
        assert_eq!(jobs.progress(), Some(("reading briefings (1/4)".to_owned(), 0.25)));
        r.send(Outcome::Written(Ok(0)));
        let (running, outcome) = jobs.try_next().unwrap();
        assert_eq!(running.kind, JobKind::ReadBriefings);
        assert_eq!(running.generation, 3);
        assert!(matches!(outcome, Outcome::Written(Ok(0))));
        assert!(!jobs.busy());
    }

    #[test]
    fn the_waker_is_called_for_every_report() {
        let mut jobs = Jobs::default();
        let n = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let n2 = Arc::clone(&n);
        jobs.set_waker(Arc::new(move || {
            n2.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }));
        let r = jobs.start(JobKind::WriteRecovery, 0, None);
        r.send(Outcome::Written(Ok(0)));
        assert_eq!(n.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert!(jobs.next_within(std::time::Duration::from_millis(100)).is_some());
    }
}
