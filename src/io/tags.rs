//! Tags from spreadsheets: a CSV with the export's columns (as a coder filled it in Excel, or as
//! another tool handed it over) applied to a project, all or nothing.
//!
//! A row is matched by `document` + `start` + `end`, else by `statement_id`. Its `stance`,
//! `target` and `note` become the tag of a coder (a row with all three empty changes nothing):
//! the coder given to the import, else the row's `coder`, else the importing user; the final tag
//! follows the coders' tags as in the desk (see [`crate::model::Coding`]). The time is the
//! row's `tagged_at` when it is an RFC 3339 time, else now. An unknown stance label, a row that
//! matches no statement (or the statement of an earlier row) and a malformed file are refused
//! with the line named, and nothing is applied.

use std::collections::HashMap;
use std::io::Read;

use thiserror::Error;

use crate::model::{Codebook, CoderTag, Project, StatementId};

/// One data row of a tag file, as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagRow {
    /// The line of the file the row starts on (the header is line 1).
    pub line: u64,
    /// `statement_id` (`s7`), if the file has the column.
    pub statement_id: Option<String>,
    /// `document`, `start`, `end`, if the file has the columns.
    pub place: Option<(String, usize, usize)>,
    /// `stance` (empty: untagged).
    pub stance: String,
    /// `target`.
    pub target: String,
    /// `note`.
    pub note: String,
    /// `coder`.
    pub coder: String,
    /// `tagged_at`.
    pub tagged_at: String,
}

/// The new tags of one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagUpdate {
    /// The statement.
    pub id: StatementId,
    /// Stance label (`None`: untagged).
    pub stance: Option<String>,
    /// Target.
    pub target: String,
    /// Note.
    pub note: String,
    /// The coder whose tag this is.
    pub coder: String,
    /// When (RFC 3339).
    pub tagged_at: Option<String>,
}

impl TagUpdate {
    /// The coder's tag it sets.
    pub fn into_tag(self) -> CoderTag {
        CoderTag {
            coder: self.coder,
            stance: self.stance,
            target: self.target,
            note: self.note,
            tagged_at: self.tagged_at,
        }
    }
}

/// Why a tag file was refused.
#[derive(Debug, Error)]
pub enum TagsError {
    /// The file could not be read or is not CSV.
    #[error("not a readable CSV file: {0}")]
    Csv(#[from] csv::Error),
    /// A column the import needs is missing.
    #[error("the header has no {0} column (it needs stance, and statement_id or document, start and end)")]
    MissingColumn(&'static str),
    /// A number column holds something else.
    #[error("line {line}: {column} is not a number: {value:?}")]
    BadNumber {
        /// The line.
        line: u64,
        /// The column.
        column: &'static str,
        /// What it holds.
        value: String,
    },
    /// A stance the codebook does not have.
    #[error("line {line}: unknown stance label {label:?} (the codebook has {known})")]
    UnknownStance {
        /// The line.
        line: u64,
        /// The label.
        label: String,
        /// The codebook's labels.
        known: String,
    },
    /// No statement has the row's place or id.
    #[error("line {line}: no statement matches {what}")]
    NoMatch {
        /// The line.
        line: u64,
        /// What the row gave.
        what: String,
    },
    /// The row's place fits several statements and its id none of them.
    #[error("line {line}: {what} fits several statements; give its statement_id")]
    Ambiguous {
        /// The line.
        line: u64,
        /// What the row gave.
        what: String,
    },
    /// Two rows tag the same statement.
    #[error("line {line} tags the same statement ({id}) as line {first}")]
    Twice {
        /// The later line.
        line: u64,
        /// The statement.
        id: StatementId,
        /// The earlier line.
        first: u64,
    },
}

/// The value of a cell written by the export's Excel preset: the apostrophe that kept a
/// formula-like text from running is taken off again.
fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if matches!(rest.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) => rest,
        _ => cell,
    }
}

/// Column positions of a tag file's header.
struct Header {
    id: Option<usize>,
    place: Option<[usize; 3]>,
    stance: usize,
    target: Option<usize>,
    note: Option<usize>,
    coder: Option<usize>,
    tagged_at: Option<usize>,
}

impl Header {
    fn of(record: &csv::StringRecord) -> Result<Self, TagsError> {
        let find =
            |name: &str| record.iter().position(|h| h.trim().trim_start_matches('\u{feff}').eq_ignore_ascii_case(name));
        let place = match (find("document"), find("start"), find("end")) {
            (Some(d), Some(s), Some(e)) => Some([d, s, e]),
            _ => None,
        };
        let id = find("statement_id");
        if id.is_none() && place.is_none() {
            return Err(TagsError::MissingColumn("statement_id"));
        }
        Ok(Self {
            id,
            place,
            stance: find("stance").ok_or(TagsError::MissingColumn("stance"))?,
            target: find("target"),
            note: find("note"),
            coder: find("coder"),
            tagged_at: find("tagged_at"),
        })
    }

    fn row(&self, record: &csv::StringRecord, line: u64) -> Result<TagRow, TagsError> {
        let cell =
            |i: Option<usize>| i.and_then(|i| record.get(i)).map(|c| unguarded(c).to_owned()).unwrap_or_default();
        let number = |i: usize, column: &'static str| {
            let v = record.get(i).unwrap_or("").trim();
            v.parse::<usize>().map_err(|_| TagsError::BadNumber { line, column, value: v.to_owned() })
        };
        let place = match self.place {
            Some([d, s, e]) if !cell(Some(d)).is_empty() => {
                Some((cell(Some(d)), number(s, "start")?, number(e, "end")?))
            }
            _ => None,
        };
        Ok(TagRow {
            line,
            statement_id: self.id.map(|i| cell(Some(i)).trim().to_owned()).filter(|s| !s.is_empty()),
            place,
            stance: cell(Some(self.stance)).trim().to_owned(),
            target: cell(self.target),
            note: cell(self.note),
            coder: cell(self.coder).trim().to_owned(),
            tagged_at: cell(self.tagged_at).trim().to_owned(),
        })
    }
}

/// Reads the rows of a tag file (UTF-8, with or without a byte order mark; RFC 4180 CSV with a
/// header row naming the export's columns).
pub fn read_tag_rows<R: Read>(input: R) -> Result<Vec<TagRow>, TagsError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(input);
    let header = Header::of(reader.headers()?)?;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        // the line where the record starts: the reader has counted the line ends before it
        let line = reader.position().line() + 1;
        if !reader.read_record(&mut record)? {
            return Ok(rows);
        }
        rows.push(header.row(&record, line)?);
    }
}

/// The codebook's spelling of a stance label (exact, else the one label that matches
/// case-insensitively).
fn label_of<'a>(codebook: &'a Codebook, label: &str) -> Option<&'a str> {
    let exact = codebook.labels.iter().find(|l| l.name == label);
    exact.or_else(|| codebook.labels.iter().find(|l| l.name.eq_ignore_ascii_case(label))).map(|l| l.name.as_str())
}

/// The statements of a project by place (document file name, start, end) and by id text.
struct Index<'a> {
    by_place: HashMap<(&'a str, usize, usize), Vec<StatementId>>,
    by_id: HashMap<String, StatementId>,
}

impl<'a> Index<'a> {
    fn of(project: &'a Project) -> Self {
        let names: HashMap<_, &str> = project.documents.iter().map(|d| (d.id, d.file_name.as_str())).collect();
        let mut by_place: HashMap<(&str, usize, usize), Vec<StatementId>> = HashMap::new();
        for s in &project.statements {
            let name = names.get(&s.document).copied().unwrap_or("");
            by_place.entry((name, s.range.start, s.range.end)).or_default().push(s.id);
        }
        let by_id = project.statements.iter().map(|s| (s.id.to_string(), s.id)).collect();
        Self { by_place, by_id }
    }

    /// The statement a row means.
    fn find(&self, row: &TagRow) -> Result<StatementId, TagsError> {
        let by_id = row.statement_id.as_ref().and_then(|i| self.by_id.get(i).copied());
        let what = || match (&row.place, &row.statement_id) {
            (Some((d, s, e)), _) => format!("document {d:?} characters {s}–{e}"),
            (None, Some(id)) => format!("statement_id {id}"),
            (None, None) => "an empty row (no document, start, end or statement_id)".to_owned(),
        };
        if let Some((d, s, e)) = &row.place {
            match self.by_place.get(&(d.as_str(), *s, *e)).map(Vec::as_slice) {
                Some([one]) => return Ok(*one),
                Some(several) if !several.is_empty() => {
                    return by_id
                        .filter(|id| several.contains(id))
                        .ok_or(TagsError::Ambiguous { line: row.line, what: what() });
                }
                _ => {}
            }
        }
        by_id.ok_or_else(|| TagsError::NoMatch { line: row.line, what: what() })
    }
}

/// Matches the rows of a tag file to a project's statements and checks their labels; returns
/// the changes to make (rows that would change nothing are left out), or why the file is
/// refused. `coder` (when given) is written on every tag; else the row's coder, else
/// `default_coder`. `now` (RFC 3339) stamps rows without a valid `tagged_at`.
pub fn match_rows(
    project: &Project,
    rows: &[TagRow],
    coder: Option<&str>,
    default_coder: &str,
    now: &str,
) -> Result<Vec<TagUpdate>, TagsError> {
    let index = Index::of(project);
    let position: HashMap<StatementId, usize> = project.statements.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let known = || project.codebook.labels.iter().map(|l| l.name.as_str()).collect::<Vec<_>>().join(", ");
    let mut seen: HashMap<StatementId, u64> = HashMap::new();
    let mut out = Vec::new();
    for row in rows {
        let id = index.find(row)?;
        if let Some(first) = seen.insert(id, row.line) {
            return Err(TagsError::Twice { line: row.line, id, first });
        }
        let stance = if row.stance.is_empty() {
            None
        } else {
            let label = label_of(&project.codebook, &row.stance);
            Some(label.ok_or_else(|| TagsError::UnknownStance {
                line: row.line,
                label: row.stance.clone(),
                known: known(),
            })?)
        };
        if stance.is_none() && row.target.is_empty() && row.note.is_empty() {
            continue;
        }
        let Some(s) = position.get(&id).and_then(|&i| project.statements.get(i)) else { continue };
        let who = coder.filter(|c| !c.trim().is_empty()).or((!row.coder.is_empty()).then_some(row.coder.as_str()));
        let coder = who.unwrap_or(default_coder).trim().to_owned();
        let mine = s.coder_tag(&coder);
        if mine.is_some_and(|t| t.stance.as_deref() == stance && t.target == row.target && t.note == row.note) {
            continue;
        }
        let when = chrono::DateTime::parse_from_rfc3339(&row.tagged_at).is_ok().then(|| row.tagged_at.clone());
        let tagged_at = Some(when.unwrap_or_else(|| now.to_owned()));
        out.push(TagUpdate {
            id,
            stance: stance.map(str::to_owned),
            target: row.target.clone(),
            note: row.note.clone(),
            coder,
            tagged_at,
        });
    }
    Ok(out)
}

/// Applies matched changes to a project: each becomes its coder's tag (the final tag follows
/// unless settled); their coders join the project's coders.
pub fn apply(project: &mut Project, updates: &[TagUpdate]) {
    let position: HashMap<StatementId, usize> = project.statements.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    for u in updates {
        let Some(s) = position.get(&u.id).and_then(|&i| project.statements.get_mut(i)) else { continue };
        s.adopt_final_tag(&u.coder);
        s.set_coder_tag(u.clone().into_tag());
        if !u.coder.is_empty() && !project.coders.contains(&u.coder) {
            project.coders.push(u.coder.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::{doc, st};

    fn project() -> Project {
        let mut p = Project { documents: vec![doc(0, "a.txt", None), doc(1, "b.txt", None)], ..Project::default() };
        p.statements = vec![st(0, 0, "Lee", "", None), st(1, 0, "Abe", "", None), st(2, 1, "Kim", "", None)];
        for (i, s) in p.statements.iter_mut().enumerate() {
            s.range.start = i * 10;
            s.range.end = i * 10 + 5;
        }
        p
    }

    fn rows(csv: &str) -> Result<Vec<TagRow>, TagsError> {
        read_tag_rows(csv.as_bytes())
    }

    const HEAD: &str = "statement_id,document,start,end,stance,target,note,coder,tagged_at\r\n";

    #[test]
    fn rows_match_by_place_else_by_id_and_take_coder_and_time() {
        let p = project();
        let file = format!(
            "\u{feff}{HEAD}s9,a.txt,0,5,support,'=talks,,ann,2026-03-01T10:00:00+01:00\r\ns1,,,,Oppose,budget,\"a, b\",,\r\ns2,b.txt,20,25,,,,,\r\n"
        );
        let r = rows(&file).unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].line, 2);
        let u = match_rows(&p, &r, None, "me", "2026-04-01T00:00:00+00:00").unwrap();
        assert_eq!(u.len(), 2, "the empty row changes nothing");
        assert_eq!(u[0].id, StatementId(0), "the place wins over a wrong id");
        assert_eq!(u[0].stance.as_deref(), Some("Support"), "labels match case-insensitively");
        assert_eq!(u[0].target, "=talks", "the Excel preset's apostrophe is taken off");
        assert_eq!((u[0].coder.as_str(), u[0].tagged_at.as_deref()), ("ann", Some("2026-03-01T10:00:00+01:00")));
        assert_eq!(u[1].id, StatementId(1));
        assert_eq!((u[1].coder.as_str(), u[1].tagged_at.as_deref()), ("me", Some("2026-04-01T00:00:00+00:00")));
        assert_eq!(u[1].note, "a, b");
        let forced = match_rows(&p, &r, Some("bo"), "me", "now").unwrap();
        assert!(forced.iter().all(|u| u.coder == "bo"));
        let mut q = p.clone();
        apply(&mut q, &u);
        assert_eq!(q.statements[1].stance.as_deref(), Some("Oppose"));
        assert_eq!(q.coders, ["ann", "me"]);
        assert!(match_rows(&q, &r, None, "me", "now").unwrap().is_empty(), "applied twice changes nothing");
    }

    #[test]
    fn refusals_name_the_line() {
        let p = project();
        let err = |csv: &str| -> String {
            match rows(csv) {
                Err(e) => e.to_string(),
                Ok(r) => match_rows(&p, &r, None, "me", "now").unwrap_err().to_string(),
            }
        };
        assert!(
            err(&format!("{HEAD}s0,a.txt,0,5,Backs,,,,\r\n")).starts_with("line 2: unknown stance label \"Backs\"")
        );
        assert!(
            err(&format!("{HEAD}s0,a.txt,0,5,Support,,,,\r\ns7,a.txt,1,2,Support,,,,\r\n"))
                .starts_with("line 3: no statement matches document \"a.txt\" characters 1–2")
        );
        assert!(err(&format!("{HEAD}s0,a.txt,x,5,Support,,,,\r\n")).contains("line 2: start is not a number"));
        assert!(err(&format!("{HEAD}s0,a.txt,0,5,Support\r\n")).contains("not a readable CSV"), "too few fields");
        assert!(err("document,stance\r\na.txt,Support\r\n").contains("no statement_id column"));
        assert!(err("statement_id,target\r\ns0,x\r\n").contains("no stance column"));
        assert!(
            err(&format!("{HEAD}s0,,,,Support,,,,\r\ns0,,,,Oppose,,,,\r\n"))
                .contains("line 3 tags the same statement (s0) as line 2")
        );
    }

    #[test]
    fn a_place_shared_by_two_documents_of_one_name_needs_the_id() {
        let mut p = project();
        p.documents[1].file_name = "a.txt".into();
        p.statements[2].range = p.statements[0].range;
        let r = rows(&format!("{HEAD},a.txt,0,5,Support,,,,\r\n")).unwrap();
        assert!(matches!(match_rows(&p, &r, None, "me", "now"), Err(TagsError::Ambiguous { line: 2, .. })));
        let r = rows(&format!("{HEAD}s2,a.txt,0,5,Support,,,,\r\n")).unwrap();
        assert_eq!(match_rows(&p, &r, None, "me", "now").unwrap()[0].id, StatementId(2));
    }
}
