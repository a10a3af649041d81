//! Merging several coders' projects of the same (or overlapping) briefings into one.
//!
//! [`merge`] is a pure function of its inputs (borrowed, never changed) and does not depend on
//! their order: `merge(A, B)` and `merge(B, A)` give the same project, byte for byte once saved,
//! and merging again what is already merged changes nothing (`merge(merge(A, B), B) =
//! merge(A, B)`). Every choice below takes the smallest or largest value of a fixed order, or a
//! union, which is what makes both hold.
//!
//! - **Documents** are matched by the SHA-256 of their source ([`Document::sha256`]); a document
//!   without one by the SHA-256 of its text. Of the copies of a document the one with the smallest
//!   (file name, path, date, encoding, format, text, items) is kept. Documents are ordered by
//!   (date, file name, hash) and numbered from 0.
//! - **Statements** are matched by (document, start, end) and numbered from 0 in document order,
//!   then start, then end. A statement that only some of the inputs with its document have stays:
//!   when someone added it by hand (`added_by` set) it is an *addition*; when it was extracted
//!   (`added_by` empty) the inputs without it *deleted* it, and the deletion is not applied but
//!   listed in the [`MergeReport`]. `added_by` is the smallest of the inputs' values (empty when
//!   any input has the statement as extracted).
//! - **Corrections** of speaker, role, cue or kind that differ between inputs are listed; the
//!   merged value is a non-empty one over an empty one, else the smallest in character order.
//!   The confidence is the highest.
//! - **Coders' tags**: every coder's tag is kept (one per coder). When one coder's tag differs
//!   between inputs, the later `tagged_at` wins (RFC 3339 instants compared, then the text), then
//!   the largest (stance, target, note); the difference is listed as a conflict. A final tag that
//!   no coder's tag backs counts as its coder's tag (or the input's name when it names none).
//! - **Settlements**: a settled final tag (`settled_by`) of any input is kept; when inputs settled
//!   differently, the latest wins (then the largest (by, stance, target, note, coder)) and the
//!   difference is listed. Otherwise the final tag follows the merged coders' tags
//!   ([`Statement::derive_final`]).
//! - **Codebook**: the labels of the input whose label names come first in character order
//!   (then by colour, key, value), then the other inputs' labels that it lacks, sorted by name (a
//!   key already taken is dropped from the later label).
//! - **Actors and targets**: united by name, aliases united and sorted; of differing kinds,
//!   attributes or definitions a set one over an unset one, else the smallest. **Coders**: the
//!   union of the inputs' coders and of every coder with a tag, sorted.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::briefing::sha256_hex;
use super::files::{FileError, check_output, shown};
use super::lock::{LockError, ProjectLock};
use super::project::{EXTENSION, ProjectError, load_project, save_project};
use crate::model::{
    Actor, CharIndex, CharRange, Codebook, CoderTag, Document, DocumentId, Project, StanceLabel, Statement,
    StatementId, TargetEntry,
};

/// The merged project and what the analyst should look at.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged project.
    pub project: Project,
    /// Deletions, additions, differing corrections and conflicts.
    pub report: MergeReport,
}

/// A statement of the merged project, as a report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Its id in the merged project.
    pub statement: StatementId,
    /// Its document's file name.
    pub document: String,
    /// Its characters in the document.
    pub range: CharRange,
}

/// An extracted statement that some inputs with its document lack: kept, not deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deletion {
    /// The statement.
    pub place: Place,
    /// The inputs (names) that deleted it.
    pub deleted_by: Vec<String>,
}

/// A statement added by hand (or by a split or merge) that other inputs with its document lack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addition {
    /// The statement.
    pub place: Place,
    /// Who added it (its `added_by`).
    pub added_by: String,
}

/// A field of a statement that the inputs corrected differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The statement.
    pub place: Place,
    /// `speaker`, `role`, `cue` or `kind`.
    pub field: &'static str,
    /// Each input's value: (input name, value), in input order.
    pub values: Vec<(String, String)>,
    /// The value merged.
    pub chosen: String,
}

/// One coder's tag of one statement that differs between inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagConflict {
    /// The statement.
    pub place: Place,
    /// The coder.
    pub coder: String,
    /// Each input's tag: (input name, tag), in input order.
    pub tags: Vec<(String, CoderTag)>,
    /// The tag kept.
    pub kept: CoderTag,
}

/// A settled final tag: who settled it and the tag (its coder is whose tag it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settlement {
    /// Who settled it.
    pub settled_by: String,
    /// The final tag.
    pub tag: CoderTag,
}

/// A statement settled differently in different inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettlementConflict {
    /// The statement.
    pub place: Place,
    /// Each input's settlement: (input name, settlement), in input order.
    pub settlements: Vec<(String, Settlement)>,
    /// The settlement kept.
    pub kept: Settlement,
}

/// What a merge found, each list in the merged project's statement order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// The inputs' names, in the order given.
    pub inputs: Vec<String>,
    /// Extracted statements some inputs deleted (kept in the merge).
    pub deletions: Vec<Deletion>,
    /// Statements added by a coder that other inputs with the document lack.
    pub additions: Vec<Addition>,
    /// Fields corrected differently.
    pub corrections: Vec<Correction>,
    /// Coders' tags that differ between inputs.
    pub tag_conflicts: Vec<TagConflict>,
    /// Statements settled differently.
    pub settlement_conflicts: Vec<SettlementConflict>,
}

impl MergeReport {
    /// True when there is nothing to look at: no deletion, correction or conflict.
    pub fn is_clean(&self) -> bool {
        self.deletions.is_empty()
            && self.corrections.is_empty()
            && self.tag_conflicts.is_empty()
            && self.settlement_conflicts.is_empty()
    }

    /// The report as lines of text for the analyst: one headline per kind of finding, then one
    /// line per finding (additions are only counted).
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        out.push(format!("{} statements added by a coder kept", self.additions.len()));
        out.push(heading(self.deletions.len(), "deletions not applied (the statements stay)"));
        for d in &self.deletions {
            out.push(format!("  {} deleted by {}", place_text(&d.place), d.deleted_by.join(", ")));
        }
        out.push(heading(self.corrections.len(), "differing corrections"));
        for c in &self.corrections {
            let values: Vec<String> = c.values.iter().map(|(n, v)| format!("{n}: {v:?}")).collect();
            out.push(format!("  {} {}: {}; merged {:?}", place_text(&c.place), c.field, values.join(", "), c.chosen));
        }
        out.push(heading(self.tag_conflicts.len(), "conflicting tags of one coder"));
        for c in &self.tag_conflicts {
            let tags: Vec<String> = c.tags.iter().map(|(n, t)| format!("{n}: {}", tag_text(t))).collect();
            out.push(format!(
                "  {} coder {}: {}; kept {}",
                place_text(&c.place),
                c.coder,
                tags.join(", "),
                tag_text(&c.kept)
            ));
        }
        out.push(heading(self.settlement_conflicts.len(), "conflicting settlements"));
        for c in &self.settlement_conflicts {
            let all: Vec<String> =
                c.settlements.iter().map(|(n, s)| format!("{n}: {} by {}", tag_text(&s.tag), s.settled_by)).collect();
            out.push(format!(
                "  {}: {}; kept {} by {}",
                place_text(&c.place),
                all.join(", "),
                tag_text(&c.kept.tag),
                c.kept.settled_by
            ));
        }
        out
    }
}

/// A line that counts findings, with a colon when a list of them follows.
fn heading(n: usize, what: &str) -> String {
    if n == 0 { format!("0 {what}") } else { format!("{n} {what}:") }
}

fn place_text(p: &Place) -> String {
    format!("{} ({} {}..{})", p.statement, p.document, p.range.start, p.range.end)
}

fn tag_text(t: &CoderTag) -> String {
    use std::fmt::Write;
    let mut s = t.stance.clone().unwrap_or_else(|| "(no stance)".to_owned());
    if !t.target.is_empty() {
        let _ = write!(s, " on {:?}", t.target);
    }
    if !t.note.is_empty() {
        let _ = write!(s, " note {:?}", t.note);
    }
    if let Some(at) = &t.tagged_at {
        let _ = write!(s, " at {at}");
    }
    s
}

/// Merges the projects (each with a name: its file's name, used in the report and as the coder
/// of a tag that names none). See the module documentation for the rules.
pub fn merge(projects: &[(&str, &Project)]) -> Merged {
    let names: Vec<&str> = projects.iter().map(|(n, _)| *n).collect();
    let docs = merge_documents(projects);
    let mut report = MergeReport { inputs: names.iter().map(|n| (*n).to_owned()).collect(), ..MergeReport::default() };
    let statements = merge_statements(projects, &docs, &mut report);
    let mut coders: BTreeSet<&str> = projects.iter().flat_map(|(_, p)| p.coders.iter().map(String::as_str)).collect();
    coders.extend(statements.iter().flat_map(|s| s.coder_tags.iter().map(|t| t.coder.as_str())));
    let coders = coders.into_iter().map(str::to_owned).collect();
    let project = Project {
        documents: docs.kept,
        statements,
        codebook: merge_codebooks(&projects.iter().map(|(_, p)| &p.codebook).collect::<Vec<_>>()),
        coders,
        actors: merge_actors(projects.iter().flat_map(|(_, p)| &p.actors)),
        targets: merge_targets(projects.iter().flat_map(|(_, p)| &p.targets)),
    };
    Merged { project, report }
}

// ---------------------------------------------------------------------------------------------
// files

/// Why merging project files failed; every message names the file.
#[derive(Debug, Error)]
pub enum MergeError {
    /// Fewer than two projects were given.
    #[error("give at least two projects to merge")]
    TooFew,
    /// The output is one of the inputs, a folder, a device…
    #[error("not writing {output}: {source}")]
    Output {
        /// The output, as shown.
        output: String,
        /// Why it is refused.
        source: FileError,
    },
    /// The output is open in a desk or another command.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// An input could not be read.
    #[error("cannot merge: {source}")]
    Input {
        /// The reason (it names the file).
        source: ProjectError,
    },
    /// An input of a newer format (merging it would lose what this version does not know).
    #[error("cannot merge {path}: {why}")]
    ReadOnly {
        /// The input, as shown.
        path: String,
        /// Why it opens read-only.
        why: String,
    },
    /// The merged project could not be written.
    #[error(transparent)]
    Save(ProjectError),
}

/// Project files merged into one file.
#[derive(Debug)]
pub struct FilesMerged {
    /// The merge.
    pub merged: Merged,
    /// What loading the inputs noticed (repairs), each naming its file.
    pub warnings: Vec<String>,
    /// Where the previous output file was kept, if there was one.
    pub backup: Option<PathBuf>,
}

/// The name of a project in a merge and the coder of its tags that name none: the file name
/// without `.stance.json`.
pub fn project_name(path: &Path) -> String {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    name.strip_suffix(EXTENSION).filter(|s| !s.is_empty()).map_or(name.clone(), str::to_owned)
}

/// Reads the project files `inputs` (never writing to them), merges them and saves the result
/// atomically to `output` (locked meanwhile; an existing file is kept as `.bak`). The output
/// must not be one of the inputs.
pub fn merge_files(output: &Path, inputs: &[PathBuf]) -> Result<FilesMerged, MergeError> {
    if inputs.len() < 2 {
        return Err(MergeError::TooFew);
    }
    let refs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    check_output(output, &refs).map_err(|source| MergeError::Output { output: shown(output), source })?;
    let _lock = ProjectLock::acquire(output)?;
    let mut projects = Vec::with_capacity(inputs.len());
    let mut warnings = Vec::new();
    for path in inputs {
        let loaded = load_project(path).map_err(|source| MergeError::Input { source })?;
        if let Some(why) = loaded.read_only {
            return Err(MergeError::ReadOnly { path: shown(path), why });
        }
        warnings.extend(loaded.warnings);
        projects.push((project_name(path), loaded.project));
    }
    let named: Vec<(&str, &Project)> = projects.iter().map(|(n, p)| (n.as_str(), p)).collect();
    let merged = merge(&named);
    let backup = save_project(output, &merged.project).map_err(MergeError::Save)?;
    Ok(FilesMerged { merged, warnings, backup })
}

/// The headline of a merge: what the merged project holds.
pub fn summary(p: &Project, inputs: usize) -> String {
    let tags: usize = p.statements.iter().map(|s| s.coder_tags.len()).sum();
    let settled = p.statements.iter().filter(|s| !s.settled_by.is_empty()).count();
    format!(
        "merged {inputs} projects: {} documents, {} statements, {} coders ({}), {tags} coder tags, {settled} settled",
        p.documents.len(),
        p.statements.len(),
        p.coders.len(),
        p.coders.join(", ")
    )
}

// ---------------------------------------------------------------------------------------------
// documents

/// The merged documents and where each input's documents went.
struct Documents {
    /// The merged documents, ids 0.. in order.
    kept: Vec<Document>,
    /// Per input: its document id → the merged document's index.
    index: Vec<HashMap<DocumentId, u32>>,
    /// Per merged document: the inputs that have it (ascending).
    holders: Vec<Vec<usize>>,
}

/// What identifies a document across projects: the SHA-256 of its source, else of its text.
pub fn document_key(d: &Document) -> Cow<'_, str> {
    if d.sha256.is_empty() { Cow::Owned(sha256_hex(d.text.as_bytes())) } else { Cow::Borrowed(&d.sha256) }
}

/// The order in which of several copies of a document the first is kept.
fn document_rank(a: &Document, b: &Document) -> Ordering {
    (&a.file_name, &a.path, &a.date, &a.encoding, &a.format, &a.sha256, &a.text)
        .cmp(&(&b.file_name, &b.path, &b.date, &b.encoding, &b.format, &b.sha256, &b.text))
        .then_with(|| {
            let item = |i: &crate::model::Item| (i.range, i.headline.clone());
            a.items.iter().map(item).cmp(b.items.iter().map(item))
        })
}

/// A document's key, the copy kept and every input's copy.
type DocumentGroup<'a> = (Cow<'a, str>, &'a Document, Vec<(usize, &'a Document)>);

fn merge_documents(projects: &[(&str, &Project)]) -> Documents {
    let mut by_key: BTreeMap<Cow<'_, str>, Vec<(usize, &Document)>> = BTreeMap::new();
    for (i, (_, p)) in projects.iter().enumerate() {
        for d in &p.documents {
            by_key.entry(document_key(d)).or_default().push((i, d));
        }
    }
    let mut groups: Vec<DocumentGroup<'_>> = by_key
        .into_iter()
        .filter_map(|(key, copies)| {
            let kept = copies.iter().map(|(_, d)| *d).min_by(|a, b| document_rank(a, b))?;
            Some((key, kept, copies))
        })
        .collect();
    groups.sort_by(|(ka, a, _), (kb, b, _)| (&a.date, &a.file_name, ka).cmp(&(&b.date, &b.file_name, kb)));
    let mut index = vec![HashMap::new(); projects.len()];
    let mut documents = Vec::with_capacity(groups.len());
    let mut holders = Vec::with_capacity(groups.len());
    for (n, (_, kept, copies)) in groups.into_iter().enumerate() {
        let n = n as u32;
        let mut doc = kept.clone();
        doc.id = DocumentId(n);
        documents.push(doc);
        let mut inputs: Vec<usize> = copies.iter().map(|(i, _)| *i).collect();
        inputs.dedup();
        holders.push(inputs);
        for (i, d) in copies {
            index[i].insert(d.id, n);
        }
    }
    Documents { kept: documents, index, holders }
}

// ---------------------------------------------------------------------------------------------
// statements

/// One input's copy of a statement: (input, statement).
type Held<'a> = (usize, &'a Statement);

fn merge_statements(projects: &[(&str, &Project)], docs: &Documents, report: &mut MergeReport) -> Vec<Statement> {
    let mut entries: Vec<(u32, usize, usize, usize, &Statement)> = Vec::new();
    for (i, (_, p)) in projects.iter().enumerate() {
        entries.extend(p.statements.iter().filter_map(|s| {
            let d = *docs.index[i].get(&s.document)?;
            Some((d, s.range.start, s.range.end, i, s))
        }));
    }
    entries.sort_by_key(|&(d, start, end, i, _)| (d, start, end, i));
    let indexes: Vec<CharIndex> = docs.kept.iter().map(|d| CharIndex::new(&d.text)).collect();
    let names: Vec<&str> = projects.iter().map(|(n, _)| *n).collect();
    let mut out = Vec::new();
    let mut copies: Vec<Held<'_>> = Vec::new();
    let mut at = 0;
    while at < entries.len() {
        let (d, start, end, ..) = entries[at];
        copies.clear();
        while at < entries.len() && entries[at].0 == d && entries[at].1 == start && entries[at].2 == end {
            copies.push((entries[at].3, entries[at].4));
            at += 1;
        }
        let doc = &docs.kept[d as usize];
        let place = Place {
            statement: StatementId(out.len() as u64),
            document: doc.file_name.clone(),
            range: CharRange { start, end },
        };
        let group = Group { copies: &copies, names: &names, doc, index: &indexes[d as usize], place };
        out.push(group.merge(&docs.holders[d as usize], report));
    }
    out
}

/// The copies of one statement, with what merging them needs.
struct Group<'a> {
    copies: &'a [Held<'a>],
    names: &'a [&'a str],
    doc: &'a Document,
    index: &'a CharIndex,
    place: Place,
}

impl Group<'_> {
    fn merge(&self, holders: &[usize], report: &mut MergeReport) -> Statement {
        let (speaker, role, cue, kind) = (
            self.field("speaker", |s| Cow::Borrowed(&s.speaker), report),
            self.field("role", |s| Cow::Borrowed(&s.role), report),
            self.field("cue", |s| Cow::Borrowed(&s.cue), report),
            self.field("kind", |s| Cow::Borrowed(s.kind.as_str()), report),
        );
        let first = self.copies[0].1;
        let kind = self.copies.iter().map(|(_, s)| s.kind).find(|k| k.as_str() == kind).unwrap_or(first.kind);
        let added_by = self.copies.iter().map(|(_, s)| s.added_by.as_str()).min().unwrap_or_default().to_owned();
        self.presence(holders, &added_by, report);
        let range = self.place.range;
        let text =
            self.index.slice(&self.doc.text, range.start, range.end).map_or_else(|| first.text.clone(), str::to_owned);
        let confidence = self.copies.iter().map(|(_, s)| s.confidence).max_by(f32::total_cmp).unwrap_or(1.0);
        let mut s = Statement {
            id: self.place.statement,
            document: self.doc.id,
            item: self.item(),
            kind,
            speaker,
            role,
            cue,
            text,
            range,
            confidence,
            stance: None,
            target: String::new(),
            note: String::new(),
            coder: String::new(),
            tagged_at: None,
            coder_tags: self.coder_tags(report),
            settled_by: String::new(),
            added_by,
        };
        match self.settlement(report) {
            Some(kept) => s.settle(&kept.settled_by, kept.tag),
            None => s.derive_final(),
        }
        s
    }

    /// The merged value of a field the coders may correct; differing values are listed.
    fn field(&self, name: &'static str, get: impl Fn(&Statement) -> Cow<'_, str>, report: &mut MergeReport) -> String {
        let first = get(self.copies[0].1);
        if self.copies.iter().all(|(_, s)| get(s) == first) {
            return first.into_owned();
        }
        let chosen = self
            .copies
            .iter()
            .map(|(_, s)| get(s))
            .min_by(|a, b| a.is_empty().cmp(&b.is_empty()).then_with(|| a.cmp(b)))
            .unwrap_or_default()
            .into_owned();
        let values = self.copies.iter().map(|(i, s)| (self.names[*i].to_owned(), get(s).into_owned())).collect();
        report.corrections.push(Correction { place: self.place.clone(), field: name, values, chosen: chosen.clone() });
        chosen
    }

    /// Lists the statement when inputs with its document lack it: a deletion of an extracted
    /// statement, else an addition.
    fn presence(&self, holders: &[usize], added_by: &str, report: &mut MergeReport) {
        let lacking: Vec<String> = holders
            .iter()
            .filter(|h| !self.copies.iter().any(|(i, _)| i == *h))
            .map(|h| self.names[*h].to_owned())
            .collect();
        if lacking.is_empty() {
            return;
        }
        let place = self.place.clone();
        if added_by.is_empty() {
            report.deletions.push(Deletion { place, deleted_by: lacking });
        } else {
            report.additions.push(Addition { place, added_by: added_by.to_owned() });
        }
    }

    /// The item of the kept document the statement is in: the copies' item when the document has
    /// it, else the item whose range holds the statement's start.
    fn item(&self) -> u32 {
        let items = &self.doc.items;
        let start = self.place.range.start;
        let valid = |&n: &u32| items.get(n as usize).is_some_and(|it| it.range.start <= start && start <= it.range.end);
        if let Some(n) = self.copies.iter().map(|(_, s)| s.item).filter(valid).min() {
            return n;
        }
        let after = items.partition_point(|it| it.range.start <= start);
        after.saturating_sub(1) as u32
    }

    /// Every coder's tag: the copies' tags united by coder; a coder's differing tags are listed
    /// and the latest is kept.
    fn coder_tags(&self, report: &mut MergeReport) -> Vec<CoderTag> {
        let adopted: Vec<(usize, Cow<'_, Statement>)> = self
            .copies
            .iter()
            .map(|&(i, s)| {
                if s.coder_tags.is_empty() && s.settled_by.is_empty() && !CoderTag::final_of(s).is_empty() {
                    let mut s = s.clone();
                    s.adopt_final_tag(self.names[i]);
                    (i, Cow::Owned(s))
                } else {
                    (i, Cow::Borrowed(s))
                }
            })
            .collect();
        let mut by_coder: BTreeMap<&str, Vec<(usize, &CoderTag)>> = BTreeMap::new();
        for (i, s) in &adopted {
            for t in &s.coder_tags {
                by_coder.entry(t.coder.as_str()).or_default().push((*i, t));
            }
        }
        let mut out = Vec::with_capacity(by_coder.len());
        for (coder, tags) in by_coder {
            let first = tags[0].1;
            if tags.iter().all(|(_, t)| *t == first) {
                out.push(first.clone());
                continue;
            }
            let kept = tags.iter().map(|(_, t)| *t).max_by(|a, b| tag_rank(a, b)).unwrap_or(first).clone();
            let listed = tags.iter().map(|(i, t)| (self.names[*i].to_owned(), (*t).clone())).collect();
            let conflict = TagConflict { place: self.place.clone(), coder: coder.to_owned(), tags: listed, kept };
            out.push(conflict.kept.clone());
            report.tag_conflicts.push(conflict);
        }
        out
    }

    /// The settlement kept, if any input settled the statement; differing ones are listed.
    fn settlement(&self, report: &mut MergeReport) -> Option<Settlement> {
        let all: Vec<(usize, Settlement)> = self
            .copies
            .iter()
            .filter(|(_, s)| !s.settled_by.is_empty())
            .map(|(i, s)| (*i, Settlement { settled_by: s.settled_by.clone(), tag: CoderTag::final_of(s) }))
            .collect();
        let first = &all.first()?.1;
        if all.iter().all(|(_, s)| s == first) {
            return Some(first.clone());
        }
        let kept = all.iter().map(|(_, s)| s).max_by(|a, b| settlement_rank(a, b)).unwrap_or(first).clone();
        let settlements = all.iter().map(|(i, s)| (self.names[*i].to_owned(), s.clone())).collect();
        report.settlement_conflicts.push(SettlementConflict {
            place: self.place.clone(),
            settlements,
            kept: kept.clone(),
        });
        Some(kept)
    }
}

/// An RFC 3339 time as an instant, for comparing times written with different offsets.
fn instant(at: Option<&String>) -> Option<chrono::DateTime<chrono::Utc>> {
    at.and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()).map(|t| t.with_timezone(&chrono::Utc))
}

/// The order of one coder's tags: the latest is the largest.
fn tag_rank(a: &CoderTag, b: &CoderTag) -> Ordering {
    (instant(a.tagged_at.as_ref()), &a.tagged_at, &a.stance, &a.target, &a.note, &a.coder).cmp(&(
        instant(b.tagged_at.as_ref()),
        &b.tagged_at,
        &b.stance,
        &b.target,
        &b.note,
        &b.coder,
    ))
}

/// The order of settlements: the latest is the largest.
fn settlement_rank(a: &Settlement, b: &Settlement) -> Ordering {
    let (ta, tb) = (&a.tag, &b.tag);
    (instant(ta.tagged_at.as_ref()), &ta.tagged_at, &a.settled_by)
        .cmp(&(instant(tb.tagged_at.as_ref()), &tb.tagged_at, &b.settled_by))
        .then_with(|| tag_rank(ta, tb))
}

// ---------------------------------------------------------------------------------------------
// codebook, actors, targets

/// The order of label lists: by names, then by colour, key and value.
fn codebook_rank(a: &Codebook, b: &Codebook) -> Ordering {
    let names = a.labels.iter().map(|l| &l.name).cmp(b.labels.iter().map(|l| &l.name));
    names.then_with(|| a.labels.iter().map(label_attributes).cmp(b.labels.iter().map(label_attributes)))
}

fn label_attributes(l: &StanceLabel) -> (&str, Option<char>, Option<u64>) {
    (l.color.as_str(), l.key, l.value.map(f64::to_bits))
}

fn merge_codebooks(books: &[&Codebook]) -> Codebook {
    let Some(base) = books.iter().copied().min_by(|a, b| codebook_rank(a, b)) else { return Codebook::default() };
    let mut labels = base.labels.clone();
    let mut extra: BTreeMap<&str, &StanceLabel> = BTreeMap::new();
    for l in books.iter().flat_map(|b| &b.labels) {
        if labels.iter().any(|x| x.name == l.name) {
            continue;
        }
        let e = extra.entry(l.name.as_str()).or_insert(l);
        if label_attributes(l) < label_attributes(e) {
            *e = l;
        }
    }
    let mut keys: BTreeSet<char> = labels.iter().filter_map(|l| l.key).collect();
    for l in extra.into_values() {
        let mut l = l.clone();
        if l.key.is_some_and(|k| !keys.insert(k)) {
            l.key = None;
        }
        labels.push(l);
    }
    Codebook { labels }
}

/// Of two values, a set one over an unset one, else the smaller.
fn set_or_smaller<T: Ord + Clone>(a: Option<&T>, b: Option<&T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b).clone()),
        (a, b) => a.or(b).cloned(),
    }
}

fn merge_actors<'a>(actors: impl Iterator<Item = &'a Actor>) -> Vec<Actor> {
    let mut by_name: BTreeMap<&str, Actor> = BTreeMap::new();
    for a in actors {
        let m = by_name.entry(a.name.as_str()).or_insert_with(|| Actor { name: a.name.clone(), ..Actor::default() });
        m.aliases.extend(a.aliases.iter().cloned());
        let kind = |k: Option<crate::model::ActorKind>| k.map(crate::model::ActorKind::as_str);
        if set_or_smaller(kind(m.kind).as_ref(), kind(a.kind).as_ref()) != kind(m.kind) {
            m.kind = a.kind;
        }
        for (k, v) in &a.attributes {
            let slot = m.attributes.entry(k.clone()).or_insert_with(|| v.clone());
            if v < slot {
                v.clone_into(slot);
            }
        }
    }
    by_name
        .into_values()
        .map(|mut a| {
            a.aliases.sort();
            a.aliases.dedup();
            a
        })
        .collect()
}

fn merge_targets<'a>(targets: impl Iterator<Item = &'a TargetEntry>) -> Vec<TargetEntry> {
    let mut by_name: BTreeMap<&str, TargetEntry> = BTreeMap::new();
    for t in targets {
        let m = by_name
            .entry(t.name.as_str())
            .or_insert_with(|| TargetEntry { name: t.name.clone(), ..TargetEntry::default() });
        m.aliases.extend(t.aliases.iter().cloned());
        let set = |d: &String| (!d.is_empty()).then(|| d.clone());
        m.definition = set_or_smaller(set(&m.definition).as_ref(), set(&t.definition).as_ref()).unwrap_or_default();
    }
    by_name
        .into_values()
        .map(|mut t| {
            t.aliases.sort();
            t.aliases.dedup();
            t
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// for benchmarks and tests

/// Two coders' projects of about `statements` statements each, made from `base` (its documents
/// repeated as new documents until there are enough statements), for benchmarks and timing
/// tests: `ann` tagged every statement; `bo` tagged every second one (every seventh differently),
/// deleted every fiftieth, corrected the speaker of every hundredth and added one statement per
/// document.
pub fn synthetic_pair(base: &Project, statements: usize) -> (Project, Project) {
    let mut ann = Project::default();
    let per_doc: Vec<Vec<&Statement>> =
        base.documents.iter().map(|d| base.statements.iter().filter(|s| s.document == d.id).collect()).collect();
    if per_doc.iter().all(Vec::is_empty) {
        return (ann.clone(), ann);
    }
    let tag = |coder: &str, stance: &str| CoderTag {
        coder: coder.to_owned(),
        stance: Some(stance.to_owned()),
        tagged_at: Some("2026-03-01T10:00:00Z".to_owned()),
        ..CoderTag::default()
    };
    'fill: for copy in 0u32.. {
        for (d, own) in base.documents.iter().zip(&per_doc) {
            let id = DocumentId(ann.documents.len() as u32);
            let mut doc = d.clone();
            doc.id = id;
            doc.sha256 = sha256_hex(format!("{}:{copy}", document_key(d)).as_bytes());
            ann.documents.push(doc);
            for s in own {
                let mut s = (*s).clone();
                s.id = StatementId(ann.statements.len() as u64);
                s.document = id;
                s.set_coder_tag(tag("ann", "Support"));
                ann.statements.push(s);
                if ann.statements.len() >= statements {
                    break 'fill;
                }
            }
        }
    }
    let mut bo = ann.clone();
    bo.statements.retain(|s| !s.id.0.is_multiple_of(50));
    for s in &mut bo.statements {
        s.coder_tags.clear();
        s.derive_final();
        if s.id.0.is_multiple_of(2) {
            s.set_coder_tag(tag("bo", if s.id.0.is_multiple_of(7) { "Oppose" } else { "Support" }));
        }
        if s.id.0.is_multiple_of(100) {
            s.speaker.push_str(" (corrected)");
        }
    }
    let Some(template) = ann.statements.first().cloned() else { return (ann, bo) };
    for (next, d) in (ann.statements.len() as u64..).zip(&bo.documents) {
        let end = d.text.chars().count().min(5);
        let mut s = template.clone();
        (s.id, s.document, s.item, s.range) = (StatementId(next), d.id, 0, CharRange { start: 0, end });
        s.added_by = "bo".into();
        s.text = d.text.chars().take(end).collect();
        s.coder_tags.clear();
        s.derive_final();
        bo.statements.push(s);
    }
    ann.coders = vec!["ann".into()];
    bo.coders = vec!["bo".into()];
    (ann, bo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::{doc, st};
    use crate::model::Item;

    /// A document with a text (its SHA-256 left empty unless `sha` is given).
    fn document(id: u32, name: &str, sha: &str, text: &str) -> Document {
        let mut d = doc(id, name, Some("2026-03-02"));
        d.sha256 = sha.into();
        d.text = text.into();
        d.items = vec![Item { headline: String::new(), range: CharRange { start: 0, end: text.chars().count() } }];
        d
    }

    /// An extracted statement of `speaker` at `start..end` of document `d`.
    fn statement(id: u64, d: u32, start: usize, end: usize, speaker: &str) -> Statement {
        let mut s = st(id, d, speaker, "", None);
        s.range = CharRange { start, end };
        s
    }

    fn tag(coder: &str, stance: &str, at: &str) -> CoderTag {
        CoderTag { coder: coder.into(), stance: Some(stance.into()), tagged_at: Some(at.into()), ..CoderTag::default() }
    }

    /// A coder's project: one document, three extracted statements, each tagged by `coder`.
    fn coded(coder: &str, stances: [&str; 3]) -> Project {
        let mut p = Project::default();
        p.documents.push(document(0, "a.txt", "aaaa", "Ann said yes. Bo said no. Cy said maybe."));
        for (n, (start, end)) in [(0, 12), (14, 25), (27, 40)].into_iter().enumerate() {
            let mut s = statement(n as u64, 0, start, end, "Ann");
            s.set_coder_tag(tag(coder, stances[n], "2026-03-03T10:00:00Z"));
            p.statements.push(s);
        }
        p.coders = vec![coder.into()];
        p
    }

    fn bytes(p: &Project) -> Vec<u8> {
        let mut out = Vec::new();
        crate::io::project::write_project(&mut out, p, None).unwrap();
        out
    }

    fn merged(inputs: &[(&str, &Project)]) -> Merged {
        let m = merge(inputs);
        let mut check = m.project.clone();
        crate::io::project::check_consistency(&mut check).unwrap();
        m
    }

    #[test]
    fn two_coders_tags_are_united_and_the_final_tag_follows_them() {
        let (a, b) = (coded("ann", ["Support", "Oppose", "Neutral"]), coded("bo", ["Support", "Support", "Neutral"]));
        let m = merged(&[("a", &a), ("b", &b)]);
        let p = &m.project;
        assert_eq!(p.statements.len(), 3);
        assert_eq!(p.coders, ["ann", "bo"]);
        assert!(p.statements.iter().all(|s| s.coder_tags.len() == 2));
        let finals: Vec<Option<&str>> = p.statements.iter().map(|s| s.stance.as_deref()).collect();
        assert_eq!(finals, [Some("Support"), None, Some("Neutral")], "no final tag while coders disagree");
        assert!(m.report.is_clean(), "{:?}", m.report);
        assert_eq!(bytes(p), bytes(&merged(&[("b", &b), ("a", &a)]).project));
    }

    #[test]
    fn a_deletion_is_listed_not_applied_and_an_addition_stays() {
        let a = coded("ann", ["Support", "Oppose", "Neutral"]);
        let mut b = coded("bo", ["Support", "Oppose", "Neutral"]);
        b.statements.remove(1);
        let mut added = statement(7, 0, 4, 12, "Ann");
        added.added_by = "bo".into();
        b.statements.push(added);
        let m = merged(&[("a", &a), ("b", &b)]);
        assert_eq!(m.project.statements.len(), 4);
        assert_eq!(m.report.deletions.len(), 1);
        let d = &m.report.deletions[0];
        assert_eq!(
            (d.place.range, d.deleted_by.as_slice()),
            (CharRange { start: 14, end: 25 }, ["b".to_owned()].as_slice())
        );
        assert_eq!(m.report.additions.len(), 1);
        assert_eq!(m.report.additions[0].added_by, "bo");
        let ids: Vec<u64> = m.project.statements.iter().map(|s| s.id.0).collect();
        assert_eq!(ids, [0, 1, 2, 3], "renumbered in document order");
        assert_eq!(m.project.statements[1].added_by, "bo");
        assert_eq!(m.project.statements[1].range.start, 4);
        // merging again gives the same project
        let again = merged(&[("m", &m.project), ("b", &b)]);
        assert_eq!(bytes(&again.project), bytes(&m.project));
    }

    #[test]
    fn differing_corrections_are_listed_and_merged_the_same_either_way() {
        let a = coded("ann", ["Support", "Oppose", "Neutral"]);
        let mut b = coded("bo", ["Support", "Oppose", "Neutral"]);
        b.statements[0].speaker = "Ann Lee".into();
        b.statements[1].role = "minister".into();
        let mut c = a.clone();
        c.statements[0].speaker = String::new();
        let m = merged(&[("a", &a), ("b", &b), ("c", &c)]);
        let fields: Vec<(&str, &str)> = m.report.corrections.iter().map(|c| (c.field, c.chosen.as_str())).collect();
        assert_eq!(fields, [("speaker", "Ann"), ("role", "minister")], "set over unset, then the smallest");
        assert_eq!(m.report.corrections[0].values.len(), 3);
        let m2 = merged(&[("c", &c), ("b", &b), ("a", &a)]);
        assert_eq!(bytes(&m.project), bytes(&m2.project));
    }

    #[test]
    fn one_coder_s_differing_tags_keep_the_latest_and_are_listed() {
        let a = coded("ann", ["Support", "Oppose", "Neutral"]);
        let mut b = a.clone();
        b.statements[2].set_coder_tag(tag("ann", "Mixed", "2026-03-03T12:00:00+01:00"));
        b.statements[1].set_coder_tag(tag("ann", "Mixed", "2026-03-03T11:00:00+02:00"));
        let m = merged(&[("a", &a), ("b", &b)]);
        let s = &m.project.statements;
        assert_eq!(s[2].coder_tag("ann").and_then(|t| t.stance.as_deref()), Some("Mixed"), "11:00 UTC is later");
        assert_eq!(s[1].coder_tag("ann").and_then(|t| t.stance.as_deref()), Some("Oppose"), "09:00 UTC is earlier");
        assert_eq!(s[2].stance.as_deref(), Some("Mixed"), "the final tag follows");
        assert_eq!(m.report.tag_conflicts.len(), 2);
        assert_eq!(m.report.tag_conflicts[0].tags.len(), 2);
        assert_eq!(s.iter().map(|s| s.coder_tags.len()).sum::<usize>(), 3, "no tag doubled");
    }

    #[test]
    fn settlements_are_kept_and_differing_ones_listed() {
        let mut a = coded("ann", ["Support", "Oppose", "Neutral"]);
        let mut b = coded("bo", ["Oppose", "Oppose", "Support"]);
        a.statements[0].settle("lead", tag("lead", "Mixed", "2026-03-04T00:00:00Z"));
        b.statements[2].settle("lead", tag("lead", "Neutral", "2026-03-04T00:00:00Z"));
        let mut c = b.clone();
        c.statements[2].settle("chief", tag("chief", "Support", "2026-03-05T00:00:00Z"));
        let m = merged(&[("a", &a), ("b", &b)]);
        let s = &m.project.statements;
        assert_eq!((s[0].stance.as_deref(), s[0].settled_by.as_str()), (Some("Mixed"), "lead"));
        assert_eq!((s[2].stance.as_deref(), s[2].settled_by.as_str()), (Some("Neutral"), "lead"));
        assert!(m.report.settlement_conflicts.is_empty());
        let m = merged(&[("b", &b), ("c", &c), ("a", &a)]);
        let s = &m.project.statements[2];
        assert_eq!((s.stance.as_deref(), s.settled_by.as_str()), (Some("Support"), "chief"), "the later settlement");
        assert_eq!(m.report.settlement_conflicts.len(), 1);
    }

    #[test]
    fn documents_match_by_hash_or_text_and_are_ordered_by_date_and_name() {
        let mut a = Project::default();
        a.documents.push(document(3, "z.txt", "", "Same text."));
        a.documents.push(document(5, "b.txt", "bbbb", "Other."));
        let mut b = Project::default();
        b.documents.push(document(0, "renamed.txt", "", "Same text."));
        let mut c = document(1, "a.txt", "cccc", "Third.");
        c.date = None;
        b.documents.push(c);
        b.statements.push(statement(0, 0, 0, 4, "Bo"));
        a.statements.push(statement(9, 3, 0, 4, "Bo"));
        let m = merged(&[("a", &a), ("b", &b)]);
        let names: Vec<&str> = m.project.documents.iter().map(|d| d.file_name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.txt", "renamed.txt"], "undated first, then by date and name");
        let ids: Vec<u32> = m.project.documents.iter().map(|d| d.id.0).collect();
        assert_eq!(ids, [0, 1, 2]);
        assert_eq!(m.project.statements.len(), 1, "the same text is the same document");
        assert_eq!(m.project.statements[0].document, DocumentId(2));
        assert_eq!(document_key(&a.documents[0]), sha256_hex(b"Same text."));
    }

    #[test]
    fn a_final_tag_without_coder_tags_counts_as_its_coder_s_or_the_input_s() {
        let mut a = coded("ann", ["Support", "Oppose", "Neutral"]);
        let mut b = a.clone();
        for s in &mut b.statements {
            s.coder_tags.clear();
            s.coder.clear();
            s.stance = Some("Oppose".into());
        }
        b.coders.clear();
        a.coders.clear();
        let m = merged(&[("a", &a), ("bo", &b)]);
        assert_eq!(m.project.coders, ["ann", "bo"]);
        assert!(m.project.statements.iter().all(|s| s.coder_tag("bo").is_some() && s.coder_tags.len() == 2));
        assert_eq!(m.project.statements[1].stance.as_deref(), Some("Oppose"));
    }

    #[test]
    fn codebooks_actors_and_targets_are_united() {
        let mut a = coded("ann", ["Support", "Oppose", "Neutral"]);
        let mut b = coded("bo", ["Support", "Oppose", "Neutral"]);
        b.codebook.labels.push(StanceLabel {
            name: "Warn".into(),
            color: "#000000".into(),
            key: Some('1'),
            value: None,
        });
        b.codebook.labels.push(StanceLabel {
            name: "Hedge".into(),
            color: "#111111".into(),
            key: Some('7'),
            value: None,
        });
        a.actors.push(Actor { name: "Ann Lee".into(), aliases: vec!["Lee".into()], ..Actor::default() });
        b.actors.push(Actor {
            name: "Ann Lee".into(),
            aliases: vec!["A. Lee".into()],
            kind: Some(crate::model::ActorKind::Person),
            ..Actor::default()
        });
        b.targets.push(TargetEntry {
            name: "tariffs".into(),
            definition: "import duties".into(),
            ..TargetEntry::default()
        });
        a.targets.push(TargetEntry {
            name: "tariffs".into(),
            aliases: vec!["duties".into()],
            ..TargetEntry::default()
        });
        let m = merged(&[("b", &b), ("a", &a)]);
        let names: Vec<&str> = m.project.codebook.labels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Support", "Oppose", "Neutral", "Mixed", "Unclear", "Hedge", "Warn"]);
        assert_eq!(m.project.codebook.labels[6].key, None, "key 1 is Support's");
        assert_eq!(m.project.codebook.labels[5].key, Some('7'));
        assert_eq!(m.project.actors.len(), 1);
        assert_eq!(m.project.actors[0].aliases, ["A. Lee", "Lee"]);
        assert_eq!(m.project.actors[0].kind, Some(crate::model::ActorKind::Person));
        assert_eq!(
            (m.project.targets[0].definition.as_str(), m.project.targets[0].aliases.len()),
            ("import duties", 1)
        );
        let again = merged(&[("m", &m.project), ("a", &a)]);
        assert_eq!(bytes(&again.project), bytes(&m.project));
    }

    #[test]
    fn the_report_reads_as_lines() {
        let a = coded("ann", ["Support", "Oppose", "Neutral"]);
        let mut b = a.clone();
        b.statements.remove(0);
        b.statements[0].cue = "claimed".into();
        let m = merged(&[("a", &a), ("b", &b)]);
        let lines = m.report.lines();
        assert!(lines.iter().any(|l| l.contains("s0 (a.txt 0..12) deleted by b")), "{lines:#?}");
        assert!(lines.iter().any(|l| l.contains("cue") && l.contains("\"claimed\"")), "{lines:#?}");
    }
}
