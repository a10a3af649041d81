//! The layout of a project file as this version writes it, in one place: the envelope's keys,
//! the indentation, the lines that open the documents, the statements and the codebook, the
//! element lines of the lists and the tail. The writer (`project::write_project`) puts these
//! pieces together; the fast reader (`project_lines`) looks for the same pieces.
//!
//! ```text
//! {
//!   "format": "stancedesk-project",
//!   "format_version": 3,
//!   "app_version": "0.1.0",
//!   "recovery_of": "…",                  (recovery files only)
//!   "project": {
//!     "documents": [
//!       {…one document…},
//!       {…one document…}],
//!     "statements": [
//!       {…one statement…}],
//!     "codebook": {…},
//!     "coders": [],
//!     "actors": [
//!       {…one actor…}],
//!     "targets": []
//!   }
//! }
//! ```

/// The `format` value of every project file.
pub const FORMAT: &str = "stancedesk-project";
/// The format version this build writes.
pub const FORMAT_VERSION: u64 = 3;

/// The literal pieces of the layout, for `concat!` (which takes literals, not constants).
macro_rules! piece {
    (envelope) => {
        "  "
    };
    (part) => {
        "    "
    };
    (element) => {
        "      "
    };
    (format) => {
        "format"
    };
    (format_version) => {
        "format_version"
    };
    (app_version) => {
        "app_version"
    };
    (recovery_of) => {
        "recovery_of"
    };
    (project) => {
        "project"
    };
    (documents) => {
        "documents"
    };
    (statements) => {
        "statements"
    };
    (codebook) => {
        "codebook"
    };
    (coders) => {
        "coders"
    };
    (actors) => {
        "actors"
    };
    (targets) => {
        "targets"
    };
}

/// The start of the line of a key at an indentation level: `␣␣"key": `.
macro_rules! entry {
    ($level:tt $key:tt) => {
        concat!(piece!($level), "\"", piece!($key), "\": ")
    };
}

/// The envelope's keys, as the readers match them.
pub(crate) mod key {
    /// `format`.
    pub(crate) const FORMAT: &str = piece!(format);
    /// `format_version`.
    pub(crate) const FORMAT_VERSION: &str = piece!(format_version);
    /// `app_version`.
    pub(crate) const APP_VERSION: &str = piece!(app_version);
    /// `recovery_of`.
    pub(crate) const RECOVERY_OF: &str = piece!(recovery_of);
    /// `project`.
    pub(crate) const PROJECT: &str = piece!(project);
}

/// What opens the file and the project object.
pub(crate) const OPEN: &str = "{";
/// Before the first key of an object.
pub(crate) const FIRST: &str = "\n";
/// Between two keys of an object.
pub(crate) const NEXT: &str = ",\n";

/// The envelope's key lines, in the order written.
pub(crate) const FORMAT_ENTRY: &str = entry!(envelope format);
/// See [`FORMAT_ENTRY`].
pub(crate) const FORMAT_VERSION_ENTRY: &str = entry!(envelope format_version);
/// See [`FORMAT_ENTRY`].
pub(crate) const APP_VERSION_ENTRY: &str = entry!(envelope app_version);
/// Recovery files only.
pub(crate) const RECOVERY_OF_ENTRY: &str = entry!(envelope recovery_of);
/// Followed by [`OPEN`] and the project's parts.
pub(crate) const PROJECT_ENTRY: &str = entry!(envelope project);

/// The project's key lines, in the order written.
pub(crate) const DOCUMENTS_ENTRY: &str = entry!(part documents);
/// See [`DOCUMENTS_ENTRY`].
pub(crate) const STATEMENTS_ENTRY: &str = entry!(part statements);
/// See [`DOCUMENTS_ENTRY`].
pub(crate) const CODEBOOK_ENTRY: &str = entry!(part codebook);
/// See [`DOCUMENTS_ENTRY`].
pub(crate) const CODERS_ENTRY: &str = entry!(part coders);
/// See [`DOCUMENTS_ENTRY`] (format 2 on).
pub(crate) const ACTORS_ENTRY: &str = entry!(part actors);
/// See [`DOCUMENTS_ENTRY`] (format 2 on).
pub(crate) const TARGETS_ENTRY: &str = entry!(part targets);

/// An empty list.
pub(crate) const EMPTY_LIST: &str = "[]";
/// What opens a list that has elements.
pub(crate) const LIST_OPEN: &str = "[";
/// What closes it, right after its last element.
pub(crate) const LIST_CLOSE: &str = "]";
/// Before the first element of a list: each element is a line of its own.
pub(crate) const FIRST_ELEMENT: &str = concat!("\n", piece!(element));
/// Before each further element.
pub(crate) const NEXT_ELEMENT: &str = concat!(",\n", piece!(element));
/// The start of an element line.
pub(crate) const ELEMENT_INDENT: &[u8] = piece!(element).as_bytes();
/// The end of every element line: the comma before the next key or element.
pub(crate) const ELEMENT_END: &[u8] = b",";

/// After the targets: the project and the envelope closed, and the file's last line break.
pub(crate) const TAIL: &str = concat!("\n", piece!(envelope), "}\n}\n");

/// The line that opens a list of documents (with its line break before), as the fast reader
/// finds the end of the envelope.
pub(crate) const DOCUMENTS_OPEN: &[u8] = concat!("\n", entry!(part documents), "[\n").as_bytes();
/// The line that opens a list of statements.
pub(crate) const STATEMENTS_OPEN: &[u8] = concat!(entry!(part statements), "[\n").as_bytes();
/// The start of the codebook's line: the statements were closed on the line before.
pub(crate) const CODEBOOK_LINE: &[u8] = entry!(part codebook).as_bytes();
/// How the envelope ends before the project's parts: `"project":`, then [`OPEN`].
pub(crate) const PROJECT_KEY: &str = concat!("\"", piece!(project), "\":");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pieces_put_together_are_the_layout() {
        assert_eq!(FORMAT_ENTRY, "  \"format\": ");
        assert_eq!(DOCUMENTS_OPEN, b"\n    \"documents\": [\n");
        assert_eq!(STATEMENTS_OPEN, b"    \"statements\": [\n");
        assert_eq!(CODEBOOK_LINE, b"    \"codebook\": ");
        assert_eq!(NEXT_ELEMENT, ",\n      ");
        assert_eq!(TAIL, "\n  }\n}\n");
        assert!(DOCUMENTS_OPEN.ends_with(format!("{DOCUMENTS_ENTRY}{LIST_OPEN}\n").as_bytes()));
        assert!(STATEMENTS_OPEN.starts_with(STATEMENTS_ENTRY.as_bytes()));
        assert!(CODEBOOK_LINE.starts_with(CODEBOOK_ENTRY.as_bytes()));
        assert!(PROJECT_ENTRY.trim_end().ends_with(PROJECT_KEY));
    }
}
