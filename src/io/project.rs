//! The project file: `NAME.stance.json`, self-contained JSON in a versioned envelope.
//!
//! ```json
//! {"format": "stancedesk-project", "format_version": 3, "app_version": "0.1.0", "project": {…}}
//! ```
//!
//! Saving is atomic and keeps the previous version as `NAME.stance.json.bak` (see
//! [`super::atomic`]). The same project always gives the same bytes: statements are written in
//! document order, every list in a fixed order, no time stamp of the save itself.
//!
//! Loading never modifies the file. A damaged file gives a [`ProjectError`] that names the file
//! and the place (line, column, field path) where it is wrong. Files of older format versions go
//! through the migration chain [`MIGRATIONS`]; a file of a newer version is read when it can be
//! and then opens read-only.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use thiserror::Error;

use super::atomic::{self, write_atomic};
use super::project_layout::{self as layout, key};
use super::{json_scan, parallel, project_lines};
use crate::model::{CharIndex, DocumentId, Project, Statement, StatementId};

pub use super::project_layout::{FORMAT, FORMAT_VERSION};
/// The file name extension of project files.
pub const EXTENSION: &str = ".stance.json";
/// This build's version, written as `app_version`.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One step of the migration chain: turns the JSON of `project` at version `from` into version
/// `from + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The version the step reads.
    pub from: u64,
    /// The step; an error message says what in the old file could not be carried over.
    pub run: fn(&mut serde_json::Value) -> Result<(), String>,
}

/// The migration chain, oldest step first. Each change of the format adds a step here and a
/// fixture `tests/data/projects/vN.stance.json` that must load forever.
pub const MIGRATIONS: &[Migration] = &[Migration { from: 1, run: v1_to_v2 }, Migration { from: 2, run: v2_to_v3 }];

/// Format 2 adds the managed lists of actors (aliases, kind, attributes) and targets
/// (aliases, definition): a format-1 project has none yet.
fn v1_to_v2(project: &mut serde_json::Value) -> Result<(), String> {
    let obj = project.as_object_mut().ok_or("`project` is not an object")?;
    for key in ["actors", "targets"] {
        if obj.contains_key(key) {
            return Err(format!("a format-1 project has no `{key}`"));
        }
        obj.insert(key.to_owned(), serde_json::Value::Array(Vec::new()));
    }
    Ok(())
}

/// The coder a format-2 tag is given when it names none: the project's only coder, if it has
/// exactly one, else this.
pub const UNKNOWN_CODER: &str = "unknown";

/// Format 3 keeps each coder's tag (`coder_tags`) beside the final tag: a format-2 tag becomes
/// its coder's tag and stays the final one.
fn v2_to_v3(project: &mut serde_json::Value) -> Result<(), String> {
    use serde_json::Value;
    let obj = project.as_object_mut().ok_or("`project` is not an object")?;
    let only_coder = match obj.get("coders").and_then(Value::as_array).map(Vec::as_slice) {
        Some([Value::String(c)]) => c.clone(),
        _ => UNKNOWN_CODER.to_owned(),
    };
    let mut unknown_used = false;
    let Some(statements) = obj.get_mut("statements").and_then(Value::as_array_mut) else { return Ok(()) };
    for (i, s) in statements.iter_mut().enumerate() {
        let s = s.as_object_mut().ok_or_else(|| format!("statement {i} is not an object"))?;
        if s.contains_key("coder_tags") {
            return Err(format!("statement {i}: a format-2 statement has no `coder_tags`"));
        }
        let text = |k: &str| s.get(k).and_then(Value::as_str).unwrap_or_default().to_owned();
        let stance = s.get("stance").filter(|v| !v.is_null()).cloned();
        let (target, note, coder) = (text("target"), text("note"), text("coder"));
        if stance.is_none() && target.trim().is_empty() && note.is_empty() {
            continue;
        }
        let coder = if coder.is_empty() { only_coder.clone() } else { coder };
        unknown_used |= coder == UNKNOWN_CODER;
        let mut tag = serde_json::Map::new();
        tag.insert("coder".into(), Value::String(coder.clone()));
        if let Some(stance) = stance {
            tag.insert("stance".into(), stance);
        }
        for (k, v) in [("target", target), ("note", note)] {
            if !v.is_empty() {
                tag.insert(k.into(), Value::String(v));
            }
        }
        if let Some(at) = s.get("tagged_at").filter(|v| !v.is_null()) {
            tag.insert("tagged_at".into(), at.clone());
        }
        s.insert("coder".into(), Value::String(coder));
        s.insert("coder_tags".into(), Value::Array(vec![Value::Object(tag)]));
    }
    if let (true, Some(Value::Array(coders))) = (unknown_used, obj.get_mut("coders")) {
        if !coders.iter().any(|c| c.as_str() == Some(UNKNOWN_CODER)) {
            coders.push(Value::String(UNKNOWN_CODER.to_owned()));
        }
    }
    Ok(())
}

/// Why a project file could not be opened or saved. Every message names the file.
#[derive(Debug, Error)]
pub enum ProjectError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// File path.
        path: PathBuf,
        /// The system's reason.
        source: io::Error,
    },
    /// The file has no bytes (or only white space).
    #[error("{path}: the file is empty")]
    Empty {
        /// File path.
        path: PathBuf,
    },
    /// The file ends in the middle of the JSON.
    #[error("{path}: the file ends early at line {line}, column {column}: it was cut short (truncated)")]
    Truncated {
        /// File path.
        path: PathBuf,
        /// Last line.
        line: usize,
        /// Last column.
        column: usize,
    },
    /// The file is not JSON.
    #[error("{path}: not a JSON file: {message} at line {line}, column {column}")]
    NotJson {
        /// File path.
        path: PathBuf,
        /// What the parser saw.
        message: String,
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// JSON, but not a Stance Desk project (another program's file).
    #[error("{path}: not a Stance Desk project ({found}); project files start with {{\"format\": \"{FORMAT}\"")]
    NotAProject {
        /// File path.
        path: PathBuf,
        /// What the file holds instead.
        found: String,
    },
    /// A project file with a value of the wrong type or a missing field.
    #[error("{path}: wrong content at `{at}` (line {line}, column {column}): {message}")]
    Invalid {
        /// File path.
        path: PathBuf,
        /// Field path inside the file, e.g. `project.statements[3].range.start`.
        at: String,
        /// What is wrong.
        message: String,
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// A project whose parts contradict each other (a statement of a missing document…).
    #[error("{path}: the project is inconsistent at `{at}` (line {line}, column {column}): {message}")]
    Inconsistent {
        /// File path.
        path: PathBuf,
        /// The JSON path of the value found wrong (`project.statements[3]`).
        at: String,
        /// Its line in the file (0 when unknown).
        line: usize,
        /// Its column.
        column: usize,
        /// What contradicts what.
        message: String,
    },
    /// Not a regular file (a folder, a device, a named pipe), refused before it is read.
    #[error(transparent)]
    File(super::files::FileError),
    /// A file of a newer format version that this build cannot read.
    #[error(
        "{path}: written by Stance Desk {app_version} in project format {version}; this version ({APP_VERSION}) reads format {FORMAT_VERSION} and older: {message}"
    )]
    Newer {
        /// File path.
        path: PathBuf,
        /// The file's format version.
        version: u64,
        /// The app that wrote it.
        app_version: String,
        /// Where reading failed.
        message: String,
    },
    /// An old file whose migration failed.
    #[error("{path}: cannot upgrade project format {from} to {to}: {message}")]
    Migration {
        /// File path.
        path: PathBuf,
        /// Version of the step that failed.
        from: u64,
        /// Its target version.
        to: u64,
        /// The step's reason.
        message: String,
    },
}

impl ProjectError {
    fn io(path: &Path, source: io::Error) -> Self {
        Self::Io { path: path.to_path_buf(), source }
    }

    /// Where in the file the error is (`` `project.statements[3].range` ``, line 40, column 7),
    /// when the error has a place.
    pub fn place(&self) -> Option<String> {
        match self {
            Self::Invalid { at, line, column, .. } | Self::Inconsistent { at, line, column, .. } => {
                Some(if *line > 0 { format!("`{at}`, line {line}, column {column}") } else { format!("`{at}`") })
            }
            Self::Truncated { line, column, .. } | Self::NotJson { line, column, .. } => {
                Some(format!("line {line}, column {column}"))
            }
            _ => None,
        }
    }
}

/// A project read from a file, with what the analyst should be told about it.
#[derive(Debug)]
pub struct LoadedProject {
    /// The project.
    pub project: Project,
    /// The file's format version.
    pub format_version: u64,
    /// The app version that wrote the file.
    pub app_version: String,
    /// Why the project must open read-only (a newer format), if it must.
    pub read_only: Option<String>,
    /// The original project path, for a recovery file.
    pub recovery_of: Option<String>,
    /// Things repaired or noticed on the way (e.g. a statement text restored from its document).
    pub warnings: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// writing

/// The statements of a project in document order: documents as listed, then by start, end, id.
pub fn document_order(project: &Project) -> Vec<&Statement> {
    let rank: std::collections::HashMap<DocumentId, usize> =
        project.documents.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let key = |s: &Statement| (rank.get(&s.document).copied().unwrap_or(usize::MAX), s.range.start, s.range.end, s.id);
    let mut v: Vec<&Statement> = project.statements.iter().collect();
    if !v.windows(2).all(|w| key(w[0]) <= key(w[1])) {
        v.sort_by_key(|s| key(s));
    }
    v
}

/// Writes a project file to `out` (not atomic; see [`save_project`]): one line per document and
/// per statement, in the layout that `project_layout` sets out and the fast reader expects.
pub fn write_project<W: Write>(mut out: W, project: &Project, recovery_of: Option<&str>) -> serde_json::Result<()> {
    let statements = document_order(project);
    let json = serde_json::to_string::<str>;
    let mut envelope = vec![
        (layout::FORMAT_ENTRY, json(FORMAT)?),
        (layout::FORMAT_VERSION_ENTRY, FORMAT_VERSION.to_string()),
        (layout::APP_VERSION_ENTRY, json(APP_VERSION)?),
    ];
    if let Some(r) = recovery_of {
        envelope.push((layout::RECOVERY_OF_ENTRY, json(r)?));
    }
    let mut head = String::from(layout::OPEN);
    for (i, (entry, value)) in envelope.iter().enumerate() {
        head.extend([if i == 0 { layout::FIRST } else { layout::NEXT }, entry, value]);
    }
    head.extend([layout::NEXT, layout::PROJECT_ENTRY, layout::OPEN, layout::FIRST, layout::DOCUMENTS_ENTRY]);
    let io = serde_json::Error::io;
    out.write_all(head.as_bytes()).map_err(io)?;
    write_lines(&mut out, &project.documents, 64)?;
    out.write_all([layout::NEXT, layout::STATEMENTS_ENTRY].concat().as_bytes()).map_err(io)?;
    write_lines(&mut out, &statements, 4096)?;
    let codebook = serde_json::to_string(&project.codebook)?;
    let middle = [layout::NEXT, layout::CODEBOOK_ENTRY, &codebook, layout::NEXT, layout::CODERS_ENTRY].concat();
    out.write_all(middle.as_bytes()).map_err(io)?;
    write_lines(&mut out, &project.coders, 4096)?;
    out.write_all([layout::NEXT, layout::ACTORS_ENTRY].concat().as_bytes()).map_err(io)?;
    write_lines(&mut out, &project.actors, 4096)?;
    out.write_all([layout::NEXT, layout::TARGETS_ENTRY].concat().as_bytes()).map_err(io)?;
    write_lines(&mut out, &project.targets, 4096)?;
    out.write_all(layout::TAIL.as_bytes()).map_err(io)
}

/// A list of the project as the file holds it: one compact value per line between
/// [`layout::LIST_OPEN`] and [`layout::LIST_CLOSE`]; [`layout::EMPTY_LIST`] when empty. The values
/// are made on all cores, written in order.
fn write_lines<W: Write + ?Sized, T: Serialize + Sync>(
    out: &mut W,
    items: &[T],
    chunk: usize,
) -> serde_json::Result<()> {
    if items.is_empty() {
        return out.write_all(layout::EMPTY_LIST.as_bytes()).map_err(serde_json::Error::io);
    }
    out.write_all(layout::LIST_OPEN.as_bytes()).map_err(serde_json::Error::io)?;
    parallel::write_in_order(out, items, chunk, |first, chunk, buf| {
        for (i, item) in chunk.iter().enumerate() {
            let before = if first && i == 0 { layout::FIRST_ELEMENT } else { layout::NEXT_ELEMENT };
            buf.extend_from_slice(before.as_bytes());
            serde_json::to_writer(&mut *buf, item)?;
        }
        Ok::<(), io::Error>(())
    })
    .map_err(serde_json::Error::io)?;
    out.write_all(layout::LIST_CLOSE.as_bytes()).map_err(serde_json::Error::io)
}

/// Saves a project atomically to `path`, keeping the previous file as `path.bak`; returns the
/// backup's path when there was a previous file.
pub fn save_project(path: &Path, project: &Project) -> Result<Option<PathBuf>, ProjectError> {
    save_as(path, project, None, true)
}

/// Saves atomically, with or without a backup and a `recovery_of` mark.
pub(crate) fn save_as(
    path: &Path,
    project: &Project,
    recovery_of: Option<&str>,
    backup: bool,
) -> Result<Option<PathBuf>, ProjectError> {
    atomic::sweep_stale_temps(path);
    write_atomic(path, backup, |f| write_project(f, project, recovery_of).map_err(io::Error::from))
        .map_err(|e| ProjectError::io(path, e))
}

// ---------------------------------------------------------------------------------------------
// reading

/// The envelope as read, in one pass: the project is read typed when the header before it says
/// it is of this version, as JSON values otherwise (to migrate, or when the keys are reordered).
#[derive(Default)]
struct EnvelopeIn {
    format: Option<serde_json::Value>,
    format_version: Option<u64>,
    app_version: Option<String>,
    recovery_of: Option<String>,
    body: Body,
}

#[derive(Default)]
enum Body {
    #[default]
    Missing,
    Typed(Box<Project>),
    Raw(serde_json::Value),
}

impl<'de> Deserialize<'de> for EnvelopeIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(EnvelopeVisitor)
    }
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = EnvelopeIn;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Stance Desk project (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<EnvelopeIn, A::Error> {
        let mut env = EnvelopeIn::default();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                key::FORMAT => env.format = Some(map.next_value()?),
                key::FORMAT_VERSION => env.format_version = Some(map.next_value()?),
                key::APP_VERSION => env.app_version = Some(map.next_value()?),
                key::RECOVERY_OF => env.recovery_of = map.next_value()?,
                key::PROJECT => {
                    let ours = env.format.as_ref().and_then(serde_json::Value::as_str) == Some(FORMAT);
                    env.body = if ours && env.format_version == Some(FORMAT_VERSION) {
                        Body::Typed(Box::new(map.next_value()?))
                    } else {
                        Body::Raw(map.next_value()?)
                    };
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(env)
    }
}

/// Opens a project file. Never writes to it.
pub fn load_project(path: &Path) -> Result<LoadedProject, ProjectError> {
    let io = |e| ProjectError::io(path, e);
    let mut file = super::files::open_regular(path).map_err(ProjectError::File)?;
    // the file as we write it, read and parsed on all cores at once; any other file (or any
    // doubt) goes to the general parser, which also says where a damaged file is wrong
    if let Some((header, project)) = project_lines::read_project(&mut file).map_err(io)? {
        return checked(path, fast_loaded(header, project)).map_err(|e| match e {
            // the place of the contradiction, read again from the file (only on this error)
            ProjectError::Inconsistent { .. } => {
                let mut bytes = Vec::new();
                match file.rewind().and_then(|()| file.read_to_end(&mut bytes)) {
                    Ok(_) => placed(e, &bytes),
                    Err(_) => e,
                }
            }
            other => other,
        });
    }
    let mut bytes = Vec::new();
    file.rewind().and_then(|()| file.read_to_end(&mut bytes)).map_err(io)?;
    parse_general(path, &bytes)
}

/// A project as the fast reader read it, before its check.
fn fast_loaded(header: project_lines::Header, project: Project) -> LoadedProject {
    LoadedProject {
        project,
        format_version: header.format_version,
        app_version: header.app_version.unwrap_or_default(),
        read_only: None,
        recovery_of: header.recovery_of,
        warnings: Vec::new(),
    }
}

/// A project read by either reader, after [`check_consistency`]: its warnings filled in, or the
/// contradiction that refuses it.
fn checked(path: &Path, mut loaded: LoadedProject) -> Result<LoadedProject, ProjectError> {
    loaded.warnings = check_consistency(&mut loaded.project).map_err(|i| ProjectError::Inconsistent {
        path: path.to_path_buf(),
        at: i.at,
        line: 0,
        column: 0,
        message: i.message,
    })?;
    Ok(loaded)
}

/// An inconsistency, or a wrong value found after an upgrade (read from the upgraded JSON, so
/// without a place), with the line and column of its place in the file's `bytes`.
fn placed(e: ProjectError, bytes: &[u8]) -> ProjectError {
    let find = |at: &str| json_scan::locate(bytes, at).map_or((0, 0), |p| (p.line, p.column));
    match e {
        ProjectError::Inconsistent { path, at, message, .. } => {
            let (line, column) = find(&at);
            ProjectError::Inconsistent { path, at, line, column, message }
        }
        ProjectError::Invalid { path, at, message, line: 0, .. } => {
            let (line, column) = find(&at);
            ProjectError::Invalid { path, at, message, line, column }
        }
        other => other,
    }
}

/// What a JSON value is, for messages about another program's file.
fn describe(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(m) => {
            let keys: Vec<&str> = m.keys().take(5).map(String::as_str).collect();
            if keys.is_empty() {
                "an empty JSON object".to_owned()
            } else {
                format!("a JSON object with keys {}", keys.join(", "))
            }
        }
        serde_json::Value::Array(_) => "a JSON array".to_owned(),
        serde_json::Value::String(_) => "a JSON string".to_owned(),
        serde_json::Value::Number(_) => "a JSON number".to_owned(),
        serde_json::Value::Bool(_) => "a JSON boolean".to_owned(),
        serde_json::Value::Null => "JSON null".to_owned(),
    }
}

/// Reads a project from the bytes of the file at `path` (the path is for messages).
pub fn parse_project(path: &Path, bytes: &[u8]) -> Result<LoadedProject, ProjectError> {
    if let Some((header, project)) = project_lines::read_project(bytes).map_err(|e| ProjectError::io(path, e))? {
        return checked(path, fast_loaded(header, project)).map_err(|e| placed(e, bytes));
    }
    parse_general(path, bytes)
}

/// Reads a project with the parser of `serde_json`: any layout, any version, messages with places.
fn parse_general(path: &Path, bytes: &[u8]) -> Result<LoadedProject, ProjectError> {
    let env = read_envelope(path, bytes)?;
    let app_version = env.app_version.unwrap_or_default();
    let Some(version) = env.format_version else {
        return Err(invalid_at(path, "format_version", "missing field `format_version`"));
    };
    if version == 0 {
        return Err(invalid_at(path, "format_version", "there is no format version 0"));
    }
    let (project, read_only) = read_body(path, env.body, version, &app_version).map_err(|e| placed(e, bytes))?;
    checked(
        path,
        LoadedProject {
            project,
            format_version: version,
            app_version,
            read_only,
            recovery_of: env.recovery_of,
            warnings: Vec::new(),
        },
    )
    .map_err(|e| placed(e, bytes))
}

/// The envelope of a file of any layout: refused when the file is empty, not UTF-8, not JSON or
/// not a Stance Desk project, with the place of the error.
fn read_envelope(path: &Path, bytes: &[u8]) -> Result<EnvelopeIn, ProjectError> {
    let path_buf = || path.to_path_buf();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ProjectError::Empty { path: path_buf() });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()].split(|&b| b == b'\n').count();
            return Err(ProjectError::NotJson {
                path: path_buf(),
                message: format!("not UTF-8 text (byte {})", e.valid_up_to()),
                line,
                column: 0,
            });
        }
    };
    // a key given twice: a parser keeps the last one and loses the rest without a word
    if let Some(twice) = json_scan::duplicate_key(bytes) {
        let message = format!("the key `{}` appears twice in one object", twice.at.rsplit('.').next().unwrap_or(""));
        return Err(ProjectError::Invalid {
            path: path_buf(),
            at: twice.at,
            message,
            line: twice.line,
            column: twice.column,
        });
    }
    // fast path without tracking where the parser is; on an error, parse again to say where
    let env: EnvelopeIn = match serde_json::from_str(text) {
        Ok(env) => env,
        Err(plain) => {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            return Err(match serde_path_to_error::deserialize::<_, EnvelopeIn>(&mut de) {
                Err(e) => classify(path, bytes, &e.path().to_string(), e.inner()),
                Ok(_) => classify(path, bytes, "", &plain),
            });
        }
    };
    let found_format = env.format.as_ref().and_then(serde_json::Value::as_str);
    if found_format != Some(FORMAT) {
        let found = match &env.format {
            Some(f) => format!("its \"format\" is {f}"),
            None => serde_json::from_slice::<serde_json::Value>(bytes)
                .map_or_else(|_| "no \"format\"".to_owned(), |v| describe(&v)),
        };
        return Err(ProjectError::NotAProject { path: path_buf(), found });
    }
    Ok(env)
}

/// The project of a file of format `version`: as read, migrated from an older version, or read
/// from a newer one (then with the reason it opens read-only).
fn read_body(
    path: &Path,
    body: Body,
    version: u64,
    app_version: &str,
) -> Result<(Project, Option<String>), ProjectError> {
    let path_buf = || path.to_path_buf();
    Ok(match body {
        Body::Missing => return Err(invalid_at(path, "project", "missing field `project`")),
        Body::Typed(p) => (*p, None),
        Body::Raw(mut value) if version < FORMAT_VERSION => {
            migrate(&mut value, version, FORMAT_VERSION, MIGRATIONS)
                .map_err(|(from, message)| ProjectError::Migration { path: path_buf(), from, to: from + 1, message })?;
            let p = serde_path_to_error::deserialize(value).map_err(|e| {
                invalid_at(
                    path,
                    &format!("project.{}", e.path()),
                    &format!("{} (after upgrading from format {version})", e.inner()),
                )
            })?;
            (p, None)
        }
        Body::Raw(value) if version > FORMAT_VERSION => {
            let p = serde_path_to_error::deserialize(value).map_err(|e| ProjectError::Newer {
                path: path_buf(),
                version,
                app_version: app_version.to_owned(),
                message: format!("at `project.{}`: {}", e.path(), e.inner()),
            })?;
            let read_only = format!(
                "{} was written by a newer Stance Desk ({app_version}, format {version}); it opens read-only so that \
                 nothing this version does not know is lost. Use Save As to keep a copy in format {FORMAT_VERSION}.",
                path.display()
            );
            (p, Some(read_only))
        }
        // same version, keys in another order than we write them
        Body::Raw(value) => {
            let p = serde_path_to_error::deserialize(value)
                .map_err(|e| invalid_at(path, &format!("project.{}", e.path()), &e.inner().to_string()))?;
            (p, None)
        }
    })
}

/// A wrong or missing value at `at`, a place without line and column.
fn invalid_at(path: &Path, at: &str, message: &str) -> ProjectError {
    ProjectError::Invalid {
        path: path.to_path_buf(),
        at: at.to_owned(),
        message: message.to_owned(),
        line: 0,
        column: 0,
    }
}

/// Turns a parse error into the message for the analyst.
fn classify(path: &Path, bytes: &[u8], at: &str, inner: &serde_json::Error) -> ProjectError {
    let (line, column) = (inner.line(), inner.column());
    let path_buf = path.to_path_buf();
    match inner.classify() {
        serde_json::error::Category::Eof => ProjectError::Truncated { path: path_buf, line, column },
        serde_json::error::Category::Syntax => {
            let message = inner.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
            ProjectError::NotJson { path: path_buf, message, line, column }
        }
        serde_json::error::Category::Io => {
            ProjectError::Io { path: path_buf, source: io::Error::other(inner.to_string()) }
        }
        serde_json::error::Category::Data => {
            if at == "." || at.is_empty() {
                // the top level is not an object: another program's JSON
                let found = serde_json::from_slice::<serde_json::Value>(bytes)
                    .map_or_else(|_| inner.to_string(), |v| describe(&v));
                return ProjectError::NotAProject { path: path_buf, found };
            }
            let message = inner.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
            ProjectError::Invalid { path: path_buf, at: at.to_owned(), message, line, column }
        }
    }
}

/// Runs the migration chain from version `from` up to `to`; the error is (failing step's
/// version, message).
pub fn migrate(value: &mut serde_json::Value, from: u64, to: u64, chain: &[Migration]) -> Result<(), (u64, String)> {
    let mut version = from;
    while version < to {
        let step = chain.iter().find(|m| m.from == version).ok_or((version, "no upgrade step is known".to_owned()))?;
        (step.run)(value).map_err(|m| (version, m))?;
        version += 1;
    }
    Ok(())
}

/// A contradiction between the parts of a project: where (`project.statements[3].range`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inconsistency {
    /// The JSON path of the value found wrong.
    pub at: String,
    /// What contradicts what.
    pub message: String,
}

/// Checks that the parts of a loaded project agree; repairs what can be repaired without a
/// guess (a statement text that differs from its document's text is restored from the document)
/// and returns warnings for those. Errors name the first contradiction and its place.
pub fn check_consistency(project: &mut Project) -> Result<Vec<String>, Inconsistency> {
    let Project { documents, statements, .. } = project;
    let indexes = check_documents(documents)?;
    let mut ids: Vec<StatementId> = statements.iter().map(|s| s.id).collect();
    ids.sort_unstable();
    if let Some(twice) = ids.windows(2).find_map(|w| (w[0] == w[1]).then_some(w[0])) {
        let n = statements.iter().enumerate().filter(|(_, s)| s.id == twice).nth(1).map_or(0, |(n, _)| n);
        let at = format!("project.statements[{n}].id");
        return Err(Inconsistency { at, message: format!("statement id {twice} is used twice") });
    }
    // the statements on all cores; the first contradiction in list order is the one reported
    let documents = &*documents;
    let checked = parallel::map_chunks_mut(statements, 8192, |chunk| {
        let mut warnings = Vec::new();
        for s in chunk {
            if let Some(w) = check_statement(s, documents, &indexes).map_err(|(field, m)| (s.id, field, m))? {
                warnings.push(w);
            }
        }
        Ok::<_, (StatementId, &str, String)>(warnings)
    });
    let mut warnings = Vec::new();
    for w in checked {
        match w {
            Ok(w) => warnings.extend(w),
            Err((id, field, message)) => {
                let n = statements.iter().position(|s| s.id == id).unwrap_or(0);
                return Err(Inconsistency { at: format!("project.statements[{n}].{field}"), message });
            }
        }
    }
    Ok(warnings)
}

/// The documents' character indexes by id (with their place in the list), after a check of
/// their ids and item ranges.
fn check_documents(
    documents: &[crate::model::Document],
) -> Result<std::collections::HashMap<DocumentId, (usize, CharIndex)>, Inconsistency> {
    let char_indexes: Vec<CharIndex> =
        parallel::map_chunks(documents, 256, |docs| docs.iter().map(|d| CharIndex::new(&d.text)).collect::<Vec<_>>())
            .into_iter()
            .flatten()
            .collect();
    let mut doc_ids = HashSet::with_capacity(documents.len());
    let mut indexes = std::collections::HashMap::with_capacity(documents.len());
    for (i, (d, idx)) in documents.iter().zip(char_indexes).enumerate() {
        if !doc_ids.insert(d.id) {
            let message = format!("document id {} is used twice", d.id.0);
            return Err(Inconsistency { at: format!("project.documents[{i}].id"), message });
        }
        for (n, item) in d.items.iter().enumerate() {
            if item.range.start > item.range.end || item.range.end > idx.char_len() {
                let message = format!(
                    "item {n} of {} spans characters {}..{}, but the text has {}",
                    d.file_name,
                    item.range.start,
                    item.range.end,
                    idx.char_len()
                );
                return Err(Inconsistency { at: format!("project.documents[{i}].items[{n}].range"), message });
            }
        }
        indexes.insert(d.id, (i, idx));
    }
    Ok(indexes)
}

/// Checks one statement against its document, restores its text from it and clamps its
/// confidence; a warning when a text it carried differed. The error names the field found wrong.
fn check_statement(
    s: &mut Statement,
    documents: &[crate::model::Document],
    indexes: &std::collections::HashMap<DocumentId, (usize, CharIndex)>,
) -> Result<Option<String>, (&'static str, String)> {
    let mut warning = None;
    let Some((i, idx)) = indexes.get(&s.document) else {
        return Err((
            "document",
            format!("statement {} belongs to document {}, which the project does not have", s.id, s.document.0),
        ));
    };
    let doc = &documents[*i];
    if s.item as usize >= doc.items.len().max(1) {
        return Err((
            "item",
            format!(
                "statement {} is in item {} of {}, which has {} items",
                s.id,
                s.item,
                doc.file_name,
                doc.items.len()
            ),
        ));
    }
    let Some(text) = idx.slice(&doc.text, s.range.start, s.range.end) else {
        return Err((
            "range",
            format!(
                "statement {} spans characters {}..{} of {}, which has {} characters",
                s.id,
                s.range.start,
                s.range.end,
                doc.file_name,
                idx.char_len()
            ),
        ));
    };
    if s.text != text {
        // files of this format carry no statement texts: they are taken from the documents
        if !s.text.is_empty() {
            warning =
                Some(format!("statement {}: its text differed from {} and was restored from it", s.id, doc.file_name));
        }
        text.clone_into(&mut s.text);
    }
    if !(0.0..=1.0).contains(&s.confidence) {
        s.confidence = s.confidence.clamp(0.0, 1.0);
        if s.confidence.is_nan() {
            s.confidence = 0.0;
        }
    }
    Ok(warning)
}

/// Whether a path names a project file (by its extension).
pub fn is_project_path(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase().ends_with(EXTENSION))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    // The writer of the first versions, through serde_json with a formatter: the reference that
    // the chunked, parallel writer must match byte for byte.
    /// The envelope as written.
    #[derive(Serialize)]
    struct EnvelopeOut<'a> {
        format: &'static str,
        format_version: u64,
        app_version: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        recovery_of: Option<&'a str>,
        project: ProjectOut<'a>,
    }

    /// The project as written: the statements in document order, whatever their order in memory.
    #[derive(Serialize)]
    struct ProjectOut<'a> {
        documents: &'a [Document],
        statements: Cow<'a, [&'a Statement]>,
        codebook: &'a crate::model::Codebook,
        coders: &'a [String],
        actors: &'a [crate::model::Actor],
        targets: &'a [crate::model::TargetEntry],
    }

    /// JSON layout of project files: one line per document and per statement (so a diff of two
    /// versions shows the statements that changed), compact inside each line.
    #[derive(Debug, Default)]
    struct LineFormatter {
        depth: usize,
    }

    /// Nesting depth down to which every value starts on its own line: the envelope (1), the project
    /// (2), and the lists of documents, statements and labels (3).
    const LINE_DEPTH: usize = 3;

    impl LineFormatter {
        fn newline<W: ?Sized + Write>(&self, w: &mut W, depth: usize) -> io::Result<()> {
            w.write_all(b"\n")?;
            for _ in 0..depth {
                w.write_all(b"  ")?;
            }
            Ok(())
        }
    }

    impl serde_json::ser::Formatter for LineFormatter {
        fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth += 1;
            w.write_all(b"[")
        }

        fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth -= 1;
            w.write_all(b"]")
        }

        fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
            if !first {
                w.write_all(b",")?;
            }
            if self.depth <= LINE_DEPTH { self.newline(w, self.depth) } else { Ok(()) }
        }

        fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth += 1;
            w.write_all(b"{")
        }

        fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth -= 1;
            if self.depth < LINE_DEPTH - 1 {
                self.newline(w, self.depth)?;
            }
            w.write_all(b"}")
        }

        fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
            if !first {
                w.write_all(b",")?;
            }
            if self.depth < LINE_DEPTH { self.newline(w, self.depth) } else { Ok(()) }
        }

        fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            w.write_all(if self.depth < LINE_DEPTH { b": " } else { b":" })
        }
    }

    fn reference_bytes(project: &Project, recovery_of: Option<&str>) -> Vec<u8> {
        let env = EnvelopeOut {
            format: FORMAT,
            format_version: FORMAT_VERSION,
            app_version: APP_VERSION,
            recovery_of,
            project: ProjectOut {
                documents: &project.documents,
                statements: Cow::Owned(document_order(project)),
                codebook: &project.codebook,
                coders: &project.coders,
                actors: &project.actors,
                targets: &project.targets,
            },
        };
        let mut ser = serde_json::Serializer::with_formatter(Vec::new(), LineFormatter::default());
        env.serialize(&mut ser).unwrap();
        let mut out = ser.into_inner();
        out.push(b'\n');
        out
    }
    use crate::model::{CharRange, Item, StatementKind};

    fn project() -> Project {
        let text = "Headline\n“Yes,” said Ann Lee, the minister. Ünïcode.".to_owned();
        let doc = Document {
            id: DocumentId(0),
            file_name: "a.txt".into(),
            path: "/x/a.txt".into(),
            sha256: "ab".into(),
            encoding: "UTF-8".into(),
            format: "text".into(),
            date: None,
            text,
            items: vec![Item { headline: "Headline".into(), range: CharRange { start: 0, end: 52 } }],
        };
        let mk = |id, start, end, t: &str| Statement {
            id: StatementId(id),
            document: DocumentId(0),
            kind: StatementKind::Quote,
            speaker: "Ann Lee".into(),
            role: "minister".into(),
            cue: "said".into(),
            text: t.into(),
            range: CharRange { start, end },
            confidence: 0.9,
            ..Statement::default()
        };
        let mut p = Project::default();
        p.documents.push(doc);
        // deliberately out of document order in memory
        p.statements.push(mk(1, 44, 52, "Ünïcode."));
        p.statements.push(mk(0, 10, 14, "Yes,"));
        p
    }

    fn bytes(p: &Project) -> Vec<u8> {
        let mut v = Vec::new();
        write_project(&mut v, p, None).unwrap();
        v
    }

    #[test]
    fn the_parallel_writer_matches_the_reference_byte_for_byte() {
        let empty = Project::default();
        assert_eq!(bytes(&empty), reference_bytes(&empty, None));
        let mut p = project();
        assert_eq!(bytes(&p), reference_bytes(&p, None));
        // tags, coders, a recovery mark, and more documents and statements than one chunk holds
        p.statements[0].stance = Some("Support".into());
        p.statements[0].target = "the \"plan\"\n".into();
        p.statements[0].coder = "ann".into();
        p.coders = vec!["ann".into(), "bo".into()];
        let first = p.documents[0].clone();
        let first_statements = p.statements.clone();
        for n in 1..150u32 {
            let mut d = first.clone();
            d.id = DocumentId(n);
            p.documents.push(d);
            for k in 0..60u64 {
                let mut s = first_statements[usize::try_from(k % 2).unwrap()].clone();
                s.id = StatementId(u64::from(n) * 1000 + k);
                s.document = DocumentId(n);
                p.statements.push(s);
            }
        }
        let mut out = Vec::new();
        write_project(&mut out, &p, Some("/home/ann/a \"b\".stance.json")).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            String::from_utf8(reference_bytes(&p, Some("/home/ann/a \"b\".stance.json"))).unwrap()
        );
    }

    #[test]
    fn round_trip_is_byte_identical_and_in_document_order() {
        let p = project();
        let b = bytes(&p);
        let loaded = parse_project(Path::new("p.stance.json"), &b).unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert_eq!(loaded.project.statements[0].id, StatementId(0));
        assert_eq!(bytes(&loaded.project), b);
        let text = String::from_utf8(b).unwrap();
        assert!(text.starts_with("{\n  \"format\": \"stancedesk-project\",\n  \"format_version\": 3,"), "{text}");
        // one line per statement, without its text (the document holds it)
        assert!(
            text.contains("\n      {\"id\":0,\"document\":0,\"item\":0,\"kind\":\"quote\",\"speaker\":\"Ann Lee\","),
            "{text}"
        );
        assert!(!text.contains("\"text\":\"Yes,\""));
    }

    #[test]
    fn damaged_files_name_the_file_and_the_place() {
        let p = Path::new("damaged.stance.json");
        let good = bytes(&project());
        let err = |b: &[u8]| parse_project(p, b).unwrap_err().to_string();
        assert!(err(b"").contains("empty"));
        assert!(err(b"  \n").contains("empty"));
        let half = &good[..good.len() / 2];
        let e = err(half);
        assert!(e.contains("damaged.stance.json") && e.contains("truncated"), "{e}");
        assert!(err(b"PK\x03\x04 binary").contains("not a JSON file"));
        let e = err(b"[1,2,3]");
        assert!(e.contains("not a Stance Desk project") && e.contains("array"), "{e}");
        let e = err(br#"{"name": "package", "version": "1.0"}"#);
        assert!(e.contains("not a Stance Desk project") && e.contains("keys name, version"), "{e}");
        let bad = String::from_utf8(good.clone()).unwrap().replacen("\"start\":10", "\"start\":\"ten\"", 1);
        let e = err(bad.as_bytes());
        assert!(e.contains("project.statements[0].range.start"), "{e}");
        assert!(e.contains("line "), "{e}");
    }

    #[test]
    fn inconsistent_projects_are_refused_or_repaired() {
        let mut p = project();
        p.statements[0].range.end = 500;
        let e = parse_project(Path::new("x.stance.json"), &bytes(&p)).unwrap_err().to_string();
        assert!(e.contains("inconsistent") && e.contains("s1"), "{e}");
        let p = project();
        let mut v: serde_json::Value = serde_json::from_slice(&bytes(&p)).unwrap();
        v["project"]["statements"][0]["text"] = "edited by hand".into();
        let loaded = parse_project(Path::new("x.stance.json"), v.to_string().as_bytes()).unwrap();
        assert_eq!(loaded.project.statements[0].text, "Yes,");
        assert_eq!(loaded.warnings.len(), 1);
        let mut p = project();
        p.statements[1].id = StatementId(1);
        let e = parse_project(Path::new("x.stance.json"), &bytes(&p)).unwrap_err().to_string();
        assert!(e.contains("used twice"), "{e}");
    }

    #[test]
    fn newer_versions_open_read_only_or_say_why_not() {
        let text = String::from_utf8(bytes(&project())).unwrap();
        let newer = text.replacen("\"format_version\": 3", "\"format_version\": 7", 1).replacen(
            "\"coders\": []",
            "\"coders\": [], \"future_field\": {\"x\": 1}",
            1,
        );
        let loaded = parse_project(Path::new("n.stance.json"), newer.as_bytes()).unwrap();
        assert!(loaded.read_only.as_deref().is_some_and(|r| r.contains("newer")));
        let broken = newer.replacen("\"speaker\":\"Ann Lee\"", "\"speaker\":{\"name\":\"Ann Lee\"}", 1);
        let e = parse_project(Path::new("n.stance.json"), broken.as_bytes()).unwrap_err().to_string();
        assert!(e.contains("format 7") && e.contains("speaker"), "{e}");
    }

    #[test]
    fn reordered_keys_still_load() {
        let text = String::from_utf8(bytes(&project())).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let reordered = format!(
            "{{\"project\": {}, \"format_version\": 2, \"format\": \"{FORMAT}\", \"app_version\": \"0.0.1\"}}",
            v["project"]
        );
        let loaded = parse_project(Path::new("r.stance.json"), reordered.as_bytes()).unwrap();
        assert_eq!(loaded.project.statements.len(), 2);
    }

    /// A project of several megabytes (more than one block of the fast reader), with texts that
    /// hold the lines the fast reader looks for, as text.
    fn big_project() -> Project {
        let mut p = project();
        p.coders = vec!["ann".into()];
        let base = p.documents[0].clone();
        let statements = p.statements.clone();
        p.documents[0].text.push_str("\n    \"statements\": [\n    \"codebook\": \n      {\"id\":1},\n");
        for n in 1..40u32 {
            let mut d = base.clone();
            d.id = DocumentId(n);
            d.text.push_str(&"Ünïcode filler, \"quoted\"\n".repeat(5000));
            p.documents.push(d);
            for k in 0..200u64 {
                let mut s = statements[usize::try_from(k % 2).unwrap()].clone();
                s.id = StatementId(u64::from(n) * 1000 + k);
                s.document = DocumentId(n);
                s.note = if k % 3 == 0 { format!("line one\nline two {k}") } else { String::new() };
                p.statements.push(s);
            }
        }
        p
    }

    #[test]
    fn the_fast_reader_and_the_general_parser_read_the_same_project() {
        let p = big_project();
        let b = bytes(&p);
        assert!(b.len() > 4 << 20, "{} bytes: more than one block", b.len());
        let path = Path::new("big.stance.json");
        let (header, fast) = project_lines::read_project(b.as_slice()).unwrap().expect("our layout");
        assert_eq!(header.format_version, FORMAT_VERSION);
        let general = parse_general(path, &b).unwrap();
        let mut fast = fast;
        check_consistency(&mut fast).unwrap();
        assert_eq!(fast, general.project);
        assert_eq!(bytes(&fast), b, "and it saves to the same bytes");
        // through a file as well
        let dir = std::env::temp_dir().join(format!("stancedesk-fast-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("big.stance.json");
        save_project(&file, &p).unwrap();
        let loaded = load_project(&file).unwrap();
        assert_eq!(loaded.project, general.project);
        assert!(loaded.warnings.is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn files_not_in_our_layout_go_to_the_general_parser() {
        let p = big_project();
        let b = String::from_utf8(bytes(&p)).unwrap();
        let expected = parse_general(Path::new("p"), b.as_bytes()).unwrap().project;
        let recovery = {
            let mut v = Vec::new();
            write_project(&mut v, &p, Some("/x/y.stance.json")).unwrap();
            String::from_utf8(v).unwrap()
        };
        let variants = [
            ("CRLF line ends", b.replace('\n', "\r\n")),
            ("a BOM", format!("\u{FEFF}{b}")),
            (
                "pretty-printed",
                serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(&b).unwrap()).unwrap(),
            ),
            ("one line", serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&b).unwrap()).unwrap()),
            (
                "an extra key at the end",
                format!("{},\n  \"extra\": 1\n}}\n", b.trim_end().strip_suffix('}').unwrap().trim_end()),
            ),
            ("an extra key in the project", b.replace("\n    \"coders\": ", "\n    \"extra\": 1,\n    \"coders\": ")),
            ("two statements on a line", b.replacen("},\n      {\"id\":1001", "}, {\"id\":1001", 1)),
        ];
        for (what, text) in variants {
            assert!(project_lines::read_project(text.as_bytes()).unwrap().is_none(), "{what}: not ours");
            let loaded = parse_project(Path::new("p"), text.as_bytes()).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(loaded.project, expected, "{what}");
        }
        // a recovery file is ours too, and keeps its mark
        let loaded = parse_project(Path::new("r"), recovery.as_bytes()).unwrap();
        assert_eq!(loaded.recovery_of.as_deref(), Some("/x/y.stance.json"));
        assert!(project_lines::read_project(recovery.as_bytes()).unwrap().is_some());
        // damage is found by the general parser, with its place
        let cut = &b[..b.len() / 2];
        assert!(project_lines::read_project(cut.as_bytes()).unwrap().is_none());
        let err = parse_project(Path::new("cut.stance.json"), cut.as_bytes()).unwrap_err();
        assert!(matches!(err, ProjectError::Truncated { .. }), "{err}");
        let wrong = b.replacen("\"item\":0", "\"item\":\"zero\"", 1);
        let err = parse_project(Path::new("w.stance.json"), wrong.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("project.statements[0].item"), "{err}");
    }

    #[test]
    fn the_migration_chain_runs_each_step_in_order() {
        fn v1_to_v2(v: &mut serde_json::Value) -> Result<(), String> {
            v["renamed"] = v.get("old").cloned().ok_or("no `old` field")?;
            Ok(())
        }
        fn v2_to_v3(v: &mut serde_json::Value) -> Result<(), String> {
            let s = v["renamed"].as_str().ok_or("`renamed` is not text")?;
            v["steps"] = serde_json::json!(format!("{s}+3"));
            Ok(())
        }
        let chain = [Migration { from: 1, run: v1_to_v2 }, Migration { from: 2, run: v2_to_v3 }];
        let mut v = serde_json::json!({"old": "a"});
        migrate(&mut v, 1, 3, &chain).unwrap();
        assert_eq!(v["steps"], "a+3");
        let mut v = serde_json::json!({});
        assert_eq!(migrate(&mut v, 1, 3, &chain).unwrap_err().0, 1);
        assert_eq!(migrate(&mut v, 0, 3, &chain).unwrap_err().0, 0);
    }

    #[test]
    fn project_paths_by_extension() {
        assert!(is_project_path(Path::new("/a/b.stance.json")));
        assert!(is_project_path(Path::new("B.STANCE.JSON")));
        assert!(!is_project_path(Path::new("b.json")));
    }
}
