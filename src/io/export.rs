//! The statements table as CSV (RFC 4180) and JSON.
//!
//! One table, [`COLUMNS`], says which columns there are, in which order, what each holds and
//! where its value comes from; the CSV header, every CSV record and every JSON object are made
//! from it, so that the three cannot drift apart.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::model::{CoderTag, Document, DocumentId, Project, Statement, StatementId};

/// One row of the table: a statement and its document (`None` when the project lacks it).
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// The statement.
    pub statement: &'a Statement,
    /// Its document: file name, date and headlines.
    pub document: Option<&'a Document>,
    /// The canonical name of the statement's actor, when the project lists the speaker among
    /// its actors' names; else the speaker is its own actor.
    pub actor: Option<&'a str>,
    /// One coder's tag, written in place of the final tag (the long form of `--coders`);
    /// `None` for the final tag.
    pub tag: Option<&'a CoderTag>,
}

impl<'a> Row<'a> {
    /// The stance written: the coder's tag's, else the final one.
    fn stance(self) -> Option<&'a str> {
        self.tag.map_or(self.statement.stance.as_deref(), |t| t.stance.as_deref())
    }

    /// The target written.
    fn target(self) -> &'a str {
        self.tag.map_or(&self.statement.target, |t| &t.target)
    }

    /// The note written.
    fn note(self) -> &'a str {
        self.tag.map_or(&self.statement.note, |t| &t.note)
    }

    /// Who set the tag written.
    fn coder(self) -> &'a str {
        self.tag.map_or(&self.statement.coder, |t| &t.coder)
    }

    /// When.
    fn tagged_at(self) -> Option<&'a str> {
        self.tag.map_or(self.statement.tagged_at.as_deref(), |t| t.tagged_at.as_deref())
    }

    /// The headline of the statement's item; empty when it has none.
    fn headline(self) -> &'a str {
        self.document.and_then(|d| d.items.get(self.statement.item as usize)).map_or("", |i| i.headline.as_str())
    }
}

/// What a column holds; it decides how the Excel preset writes the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text from a briefing or the analyst: in the [`Preset::Excel`] preset a cell that a
    /// spreadsheet could take for a formula gets a leading apostrophe.
    Text,
    /// A value the program makes (an id, a statement kind): written as it is.
    Code,
    /// A date or a time stamp: written as it is.
    Date,
    /// A number: written as it is.
    Number,
}

/// The value of one cell, typed as the JSON output writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Text, empty or not (a JSON string).
    Text(&'a str),
    /// Text that may be absent: an empty CSV cell and JSON `null` when it is.
    Maybe(Option<&'a str>),
    /// A statement id, `s7` (a JSON string).
    Id(StatementId),
    /// A character offset (a JSON number).
    Offset(usize),
    /// A confidence from 0 to 1: two decimals in CSV, the number in JSON.
    Score(f32),
}

impl<'a> Cell<'a> {
    /// The cell as CSV text; numbers and ids are written into `buf`.
    fn csv_text<'b>(self, buf: &'b mut String) -> &'b str
    where
        'a: 'b,
    {
        buf.clear();
        // writing to a String cannot fail
        let _ = match self {
            Self::Text(t) | Self::Maybe(Some(t)) => return t,
            Self::Maybe(None) => return "",
            Self::Id(id) => write!(buf, "{id}"),
            Self::Offset(n) => write!(buf, "{n}"),
            Self::Score(x) => write!(buf, "{x:.2}"),
        };
        buf
    }
}

impl Serialize for Cell<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Self::Text(t) => s.serialize_str(t),
            Self::Maybe(t) => t.serialize(s),
            Self::Id(id) => s.collect_str(&id),
            Self::Offset(n) => n.serialize(s),
            Self::Score(x) => x.serialize(s),
        }
    }
}

/// One column of the table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The name in the CSV header and the key in JSON objects.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Its value in a row.
    pub get: for<'a> fn(Row<'a>) -> Cell<'a>,
}

/// The columns of the statements table, in order.
pub const COLUMNS: &[Column] = &[
    Column { name: "statement_id", kind: Kind::Code, get: |r| Cell::Id(r.statement.id) },
    Column { name: "document", kind: Kind::Text, get: |r| Cell::Text(r.document.map_or("", |d| &d.file_name)) },
    Column {
        name: "document_date",
        kind: Kind::Date,
        get: |r| Cell::Maybe(r.document.and_then(|d| d.date.as_deref())),
    },
    Column { name: "item", kind: Kind::Text, get: |r| Cell::Text(r.headline()) },
    Column { name: "kind", kind: Kind::Code, get: |r| Cell::Text(r.statement.kind.as_str()) },
    Column { name: "speaker", kind: Kind::Text, get: |r| Cell::Text(&r.statement.speaker) },
    Column { name: "actor", kind: Kind::Text, get: |r| Cell::Text(r.actor.unwrap_or(&r.statement.speaker)) },
    Column { name: "role", kind: Kind::Text, get: |r| Cell::Text(&r.statement.role) },
    Column { name: "cue", kind: Kind::Text, get: |r| Cell::Text(&r.statement.cue) },
    Column { name: "text", kind: Kind::Text, get: |r| Cell::Text(&r.statement.text) },
    Column { name: "stance", kind: Kind::Text, get: |r| Cell::Maybe(r.stance()) },
    Column { name: "target", kind: Kind::Text, get: |r| Cell::Text(r.target()) },
    Column { name: "note", kind: Kind::Text, get: |r| Cell::Text(r.note()) },
    Column { name: "coder", kind: Kind::Text, get: |r| Cell::Text(r.coder()) },
    Column { name: "tagged_at", kind: Kind::Date, get: |r| Cell::Maybe(r.tagged_at()) },
    Column { name: "start", kind: Kind::Number, get: |r| Cell::Offset(r.statement.range.start) },
    Column { name: "end", kind: Kind::Number, get: |r| Cell::Offset(r.statement.range.end) },
    Column { name: "confidence", kind: Kind::Number, get: |r| Cell::Score(r.statement.confidence) },
];

/// The documents of a list by id.
fn index(docs: &[Document]) -> HashMap<DocumentId, &Document> {
    docs.iter().map(|d| (d.id, d)).collect()
}

/// The row of a statement, with its document looked up in `by_id` (and no managed actors).
fn row<'a>(by_id: &HashMap<DocumentId, &'a Document>, statement: &'a Statement) -> Row<'a> {
    Row { statement, document: by_id.get(&statement.document).copied(), actor: None, tag: None }
}

/// How a CSV file is written for the program that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preset {
    /// For spreadsheets: UTF-8 with a byte order mark (so Excel reads it as UTF-8), and text
    /// cells (every column but [`Kind::Number`]) that start with `=` `+` `-` `@`, a tab or a carriage return get a
    /// leading apostrophe so that no spreadsheet runs them as formulas. Numbers are never changed.
    #[default]
    Excel,
    /// For pandas, R and scripts: plain UTF-8, every value exactly as in the project.
    Data,
}

impl Preset {
    /// The preset's name on the command line and in menus.
    pub fn name(self) -> &'static str {
        match self {
            Self::Excel => "excel",
            Self::Data => "data",
        }
    }

    /// Whether the preset puts an apostrophe before the value `text` of a column of `kind`:
    /// every text cell is checked (free text, codes, dates and time stamps, which a hand-edited
    /// project can fill with anything); numbers are never changed.
    fn guards(self, kind: Kind, text: &str) -> bool {
        self == Self::Excel && kind != Kind::Number && formula_like(text)
    }
}

/// Whether a spreadsheet could take a cell with this text for a formula.
fn formula_like(s: &str) -> bool {
    matches!(s.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}

/// Writes statements as CSV (RFC 4180, CRLF line ends, header row) in the given order. `docs`
/// gives file names, dates and headlines.
pub fn write_csv_with<'s, W: Write>(
    out: W,
    docs: &[Document],
    statements: impl IntoIterator<Item = &'s Statement>,
    preset: Preset,
) -> Result<(), csv::Error> {
    let by_id = index(docs);
    let mut table = CsvTable::new(out, preset)?;
    for s in statements {
        table.write_row(row(&by_id, s))?;
    }
    table.finish()
}

/// The CSV writer of every table: RFC 4180 with CRLF line ends.
fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out)
}

/// The byte order mark of the Excel preset and the header row: the names of [`COLUMNS`].
fn write_header<W: Write>(out: &mut W, preset: Preset) -> Result<(), csv::Error> {
    if preset == Preset::Excel {
        out.write_all("\u{FEFF}".as_bytes())?;
    }
    let mut w = csv_writer(out);
    w.write_record(COLUMNS.iter().map(|c| c.name))?;
    w.flush()?;
    Ok(())
}

/// A CSV table written row by row: one document at a time, so that a long list of briefings
/// never has to be held in memory (the `extract` command), or in chunks made on several threads
/// (the project export).
pub struct CsvTable<W: Write> {
    w: csv::Writer<W>,
    preset: Preset,
    /// Buffers for a cell's text (numbers, ids) and for a guarded cell, reused.
    text: String,
    guarded: String,
}

impl<W: Write> CsvTable<W> {
    /// Starts the table: the byte order mark of the preset, if any, and the header row.
    pub fn new(mut out: W, preset: Preset) -> Result<Self, csv::Error> {
        write_header(&mut out, preset)?;
        Ok(Self::rows_only(out, preset))
    }

    /// Rows without a header: a chunk of a table.
    fn rows_only(out: W, preset: Preset) -> Self {
        Self { w: csv_writer(out), preset, text: String::new(), guarded: String::new() }
    }

    /// The rows of one document's statements, in the order given.
    pub fn write_document(&mut self, doc: &Document, statements: &[Statement]) -> Result<(), csv::Error> {
        for statement in statements {
            self.write_row(Row { statement, document: Some(doc), actor: None, tag: None })?;
        }
        Ok(())
    }

    /// Flushes the last rows.
    pub fn finish(mut self) -> Result<(), csv::Error> {
        self.w.flush()?;
        Ok(())
    }

    /// One row: a record of the cells of [`COLUMNS`], free text guarded as the preset says.
    fn write_row(&mut self, row: Row<'_>) -> Result<(), csv::Error> {
        for column in COLUMNS {
            let text = (column.get)(row).csv_text(&mut self.text);
            if self.preset.guards(column.kind, text) {
                self.guarded.clear();
                self.guarded.push('\'');
                self.guarded.push_str(text);
                self.w.write_field(&self.guarded)?;
            } else {
                self.w.write_field(text)?;
            }
        }
        self.w.write_record(None::<&[u8]>)
    }
}

/// Writes the tagged CSV of a project: one row per statement in document order, or only the
/// statements `keep` accepts (e.g. the rows of the analyst's current view), still in document
/// order.
pub fn export_csv<W: Write>(
    out: W,
    project: &Project,
    keep: impl Fn(&Statement) -> bool,
    preset: Preset,
) -> Result<(), csv::Error> {
    let mut out = out;
    let rows: Vec<&Statement> = super::project::document_order(project).into_iter().filter(|s| keep(s)).collect();
    write_header(&mut out, preset)?;
    let by_id = index(&project.documents);
    let actors = project.actor_names();
    // rows are made on all cores, 4096 at a time, and written in order
    super::parallel::write_in_order(&mut out, &rows, 4096, |_, chunk, buf| {
        let mut table = CsvTable::rows_only(buf, preset);
        for s in chunk {
            let actor = actors.get(s.speaker.as_str()).copied();
            table.write_row(Row { actor, ..row(&by_id, s) })?;
        }
        table.finish()
    })?;
    out.flush()?;
    Ok(())
}

/// Writes the long form of the coders' tags: the columns of [`COLUMNS`], one row per statement
/// and coder tag (in document order, then by coder), with that coder's stance, target, note,
/// name and time in the tag columns. Statements no coder tagged have no row. For reliability
/// work (R's `irr`, `krippendorffsalpha`, Python). Returns the number of rows.
pub fn export_coders_csv<W: Write>(mut out: W, project: &Project, preset: Preset) -> Result<usize, csv::Error> {
    write_header(&mut out, preset)?;
    let by_id = index(&project.documents);
    let actors = project.actor_names();
    let mut table = CsvTable::rows_only(out, preset);
    let mut n = 0;
    for s in super::project::document_order(project) {
        let actor = actors.get(s.speaker.as_str()).copied();
        for tag in &s.coder_tags {
            table.write_row(Row { actor, tag: Some(tag), ..row(&by_id, s) })?;
            n += 1;
        }
    }
    table.finish()?;
    Ok(n)
}

/// Writes the actors of a project as CSV: `actor`, `kind`, `aliases` (joined by "; "),
/// `statements`, `tagged`, then one column per attribute name (sorted); one row per actor,
/// sorted by name. Returns the number of actors.
pub fn export_actors_csv<W: Write>(mut out: W, project: &Project, preset: Preset) -> Result<usize, csv::Error> {
    let rows = crate::model::lists::actor_rows(project);
    let mut keys: Vec<&str> = rows.iter().flat_map(|r| r.attributes.keys().map(String::as_str)).collect();
    keys.sort_unstable();
    keys.dedup();
    if preset == Preset::Excel {
        out.write_all("\u{FEFF}".as_bytes())?;
    }
    let mut w = csv_writer(out);
    let head = ["actor", "kind", "aliases", "statements", "tagged"];
    w.write_record(head.iter().copied().chain(keys.iter().copied()))?;
    let guard = |t: &str, kind: Kind| if preset.guards(kind, t) { format!("'{t}") } else { t.to_owned() };
    for r in &rows {
        let mut record = vec![
            guard(&r.name, Kind::Text),
            r.kind.map(crate::model::ActorKind::as_str).unwrap_or_default().to_owned(),
            guard(&r.aliases.join("; "), Kind::Text),
            r.statements.to_string(),
            r.tagged.to_string(),
        ];
        record.extend(keys.iter().map(|k| guard(r.attributes.get(*k).map_or("", String::as_str), Kind::Text)));
        w.write_record(&record)?;
    }
    w.flush()?;
    Ok(rows.len())
}

/// A row as a JSON object: the cells of [`COLUMNS`] under their names, in their order.
struct JsonRow<'a>(Row<'a>);

impl Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(COLUMNS.len()))?;
        for column in COLUMNS {
            map.serialize_entry(column.name, &(column.get)(self.0))?;
        }
        map.end()
    }
}

/// Writes statements as a JSON array of objects with the CSV columns.
pub fn write_json<W: Write>(mut out: W, docs: &[Document], statements: &[Statement]) -> Result<(), serde_json::Error> {
    let by_id = index(docs);
    let rows: Vec<JsonRow<'_>> = statements.iter().map(|s| JsonRow(row(&by_id, s))).collect();
    serde_json::to_writer_pretty(&mut out, &rows)?;
    out.write_all(b"\n").map_err(serde_json::Error::io)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CharRange, DocumentId, Item, StatementKind};

    fn sample() -> (Vec<Document>, Vec<Statement>) {
        let doc = Document {
            id: DocumentId(0),
            file_name: "a.txt".into(),
            path: "/x/a.txt".into(),
            sha256: String::new(),
            encoding: "UTF-8".into(),
            format: "text".into(),
            date: Some("2026-03-12".into()),
            text: "H\n“Yes, \"no\"\nmaybe,” she said.".into(),
            items: vec![Item { headline: "H".into(), range: CharRange { start: 0, end: 10 } }],
        };
        let st = Statement {
            id: crate::model::StatementId(7),
            document: DocumentId(0),
            kind: StatementKind::Quote,
            speaker: "Ann".into(),
            cue: "said".into(),
            text: "Yes, \"no\"\nmaybe,".into(),
            range: CharRange { start: 3, end: 19 },
            confidence: 0.9,
            ..Statement::default()
        };
        (vec![doc], vec![st])
    }

    /// The writers of the three parallel lists that the column table replaced, kept as the
    /// reference that the table must match byte for byte.
    mod before {
        use super::super::*;

        const HEADER: [&str; 18] = [
            "statement_id",
            "document",
            "document_date",
            "item",
            "kind",
            "speaker",
            "actor",
            "role",
            "cue",
            "text",
            "stance",
            "target",
            "note",
            "coder",
            "tagged_at",
            "start",
            "end",
            "confidence",
        ];

        fn cell(s: &str, preset: Preset) -> std::borrow::Cow<'_, str> {
            if preset == Preset::Excel && formula_like(s) { format!("'{s}").into() } else { s.into() }
        }

        pub fn csv(docs: &[Document], statements: &[Statement], preset: Preset) -> Vec<u8> {
            let by_id = index(docs);
            let mut out = Vec::new();
            if preset == Preset::Excel {
                out.extend_from_slice("\u{FEFF}".as_bytes());
            }
            let mut w = csv_writer(&mut out);
            w.write_record(HEADER).unwrap();
            for s in statements {
                let doc = by_id.get(&s.document).copied();
                let headline = doc.and_then(|d| d.items.get(s.item as usize)).map_or("", |i| i.headline.as_str());
                let text = |t| cell(t, preset);
                w.write_record([
                    s.id.to_string().as_str(),
                    &cell(doc.map_or("", |d| d.file_name.as_str()), preset),
                    &cell(doc.and_then(|d| d.date.as_deref()).unwrap_or(""), preset),
                    &cell(headline, preset),
                    &cell(s.kind.as_str(), preset),
                    &text(&s.speaker),
                    &text(&s.speaker),
                    &text(&s.role),
                    &text(&s.cue),
                    &text(&s.text),
                    &cell(s.stance.as_deref().unwrap_or(""), preset),
                    &text(&s.target),
                    &text(&s.note),
                    &text(&s.coder),
                    &cell(s.tagged_at.as_deref().unwrap_or(""), preset),
                    &s.range.start.to_string(),
                    &s.range.end.to_string(),
                    &format!("{:.2}", s.confidence),
                ])
                .unwrap();
            }
            w.flush().unwrap();
            drop(w);
            out
        }

        #[derive(serde::Serialize)]
        struct JsonRow<'a> {
            statement_id: String,
            document: &'a str,
            document_date: Option<&'a str>,
            item: &'a str,
            kind: &'a str,
            speaker: &'a str,
            actor: &'a str,
            role: &'a str,
            cue: &'a str,
            text: &'a str,
            stance: Option<&'a str>,
            target: &'a str,
            note: &'a str,
            coder: &'a str,
            tagged_at: Option<&'a str>,
            start: usize,
            end: usize,
            confidence: f32,
        }

        pub fn json(docs: &[Document], statements: &[Statement]) -> Vec<u8> {
            let by_id = index(docs);
            let rows: Vec<JsonRow<'_>> = statements
                .iter()
                .map(|s| {
                    let doc = by_id.get(&s.document).copied();
                    JsonRow {
                        statement_id: s.id.to_string(),
                        document: doc.map_or("", |d| d.file_name.as_str()),
                        document_date: doc.and_then(|d| d.date.as_deref()),
                        item: doc.and_then(|d| d.items.get(s.item as usize)).map_or("", |i| i.headline.as_str()),
                        kind: s.kind.as_str(),
                        speaker: &s.speaker,
                        actor: &s.speaker,
                        role: &s.role,
                        cue: &s.cue,
                        text: &s.text,
                        stance: s.stance.as_deref(),
                        target: &s.target,
                        note: &s.note,
                        coder: &s.coder,
                        tagged_at: s.tagged_at.as_deref(),
                        start: s.range.start,
                        end: s.range.end,
                        confidence: s.confidence,
                    }
                })
                .collect();
            let mut out = serde_json::to_vec_pretty(&rows).unwrap();
            out.push(b'\n');
            out
        }
    }

    /// Rows in every shape a cell can take: formula-like and empty text, absent values, odd
    /// confidences, a statement whose document or item is missing.
    fn tricky() -> (Vec<Document>, Vec<Statement>) {
        let (d, s) = sample();
        let mut rows = Vec::new();
        let texts = ["", "=1+1", "+x", "-5", "@a", "\tt", "\rr", "'q", "a,\"b\"\r\nc", " =not", "Ünï"];
        for (k, t) in texts.iter().enumerate() {
            let mut st = s[0].clone();
            st.id = crate::model::StatementId(k as u64);
            st.speaker = (*t).into();
            st.role = texts[(k + 1) % texts.len()].into();
            st.cue = texts[(k + 2) % texts.len()].into();
            st.text = texts[(k + 3) % texts.len()].into();
            st.target = texts[(k + 4) % texts.len()].into();
            st.note = texts[(k + 5) % texts.len()].into();
            st.coder = texts[(k + 6) % texts.len()].into();
            st.stance = (k % 2 == 0).then(|| texts[(k + 7) % texts.len()].to_owned());
            st.tagged_at = (k % 3 == 0).then(|| "2026-11-28T04:40:00+00:00".to_owned());
            st.confidence = [0.0, 1.0, 0.125, 1.0 / 3.0, 0.005, 0.995, f32::NAN, -0.0][k % 8];
            st.kind = if k % 2 == 0 { StatementKind::Quote } else { StatementKind::Position };
            st.document = DocumentId(if k == 4 { 9 } else { 0 });
            st.item = if k == 5 { 3 } else { 0 };
            rows.push(st);
        }
        let mut docs = d;
        docs[0].file_name = "=cmd.txt".into();
        docs[0].items[0].headline = "-headline".into();
        let mut undated = docs[0].clone();
        undated.id = DocumentId(1);
        undated.date = None;
        docs.push(undated);
        rows[7].document = DocumentId(1);
        (docs, rows)
    }

    #[test]
    fn excel_preset_prefixes_document_date_and_tagged_at_too() {
        let (mut d, mut s) = sample();
        d[0].date = Some("=HYPERLINK(\"http://x\")".into());
        s[0].tagged_at = Some("+cmd|' /C calc'!A0".into());
        let mut buf = Vec::new();
        write_csv_with(&mut buf, &d, &s[..1], Preset::Excel).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let mut rows = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let row = rows.records().next().unwrap().unwrap();
        assert_eq!(&row[2], "'=HYPERLINK(\"http://x\")");
        assert_eq!(&row[14], "'+cmd|' /C calc'!A0");
    }

    #[test]
    fn the_column_table_writes_the_bytes_of_the_parallel_lists() {
        let (d, s) = tricky();
        for preset in [Preset::Excel, Preset::Data] {
            let mut table = Vec::new();
            write_csv_with(&mut table, &d, &s, preset).unwrap();
            assert_eq!(String::from_utf8(table).unwrap(), String::from_utf8(before::csv(&d, &s, preset)).unwrap());
        }
        let mut json = Vec::new();
        write_json(&mut json, &d, &s).unwrap();
        assert_eq!(String::from_utf8(json).unwrap(), String::from_utf8(before::json(&d, &s)).unwrap());
    }

    #[test]
    fn managed_actors_give_the_actor_column_and_the_actors_table() {
        let (d, s) = sample();
        let mut p = Project { documents: d, statements: s, ..Project::default() };
        p.statements[0].speaker = "A. Nn".into();
        p.actors.push(crate::model::Actor {
            name: "Ann Nn".into(),
            aliases: vec!["A. Nn".into()],
            kind: Some(crate::model::ActorKind::Person),
            attributes: [("party".to_owned(), "=Greens".to_owned())].into(),
        });
        let mut buf = Vec::new();
        export_csv(&mut buf, &p, |_| true, Preset::Data).unwrap();
        let mut r = csv::Reader::from_reader(buf.as_slice());
        let row = r.records().next().unwrap().unwrap();
        assert_eq!((&row[5], &row[6]), ("A. Nn", "Ann Nn"));
        let mut buf = Vec::new();
        assert_eq!(export_actors_csv(&mut buf, &p, Preset::Excel).unwrap(), 1);
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(text, "\u{FEFF}actor,kind,aliases,statements,tagged,party\r\nAnn Nn,person,A. Nn,1,0,'=Greens\r\n");
    }

    #[test]
    fn csv_header_order_and_crlf() {
        let (d, s) = sample();
        let mut buf = Vec::new();
        write_csv_with(&mut buf, &d, &s, Preset::Data).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.starts_with("statement_id,document,document_date,item,kind,speaker,actor,role,cue,text,stance,target,note,coder,tagged_at,start,end,confidence\r\n"));
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[0], "s7");
        assert_eq!(&row[2], "2026-03-12");
        assert_eq!(&row[6], "Ann", "a speaker no actor lists is its own actor");
        assert_eq!(&row[9], "Yes, \"no\"\nmaybe,");
        assert_eq!(&row[15], "3");
    }

    #[test]
    fn excel_preset_has_a_bom_and_defuses_formulas_but_not_numbers() {
        let (d, mut s) = sample();
        s[0].text = "=HYPERLINK(\"http://x\")".into();
        s[0].note = "-5 percent".into();
        s[0].target = "\tindented".into();
        s[0].speaker = "@handle".into();
        let mut buf = Vec::new();
        write_csv_with(&mut buf, &d, &s, Preset::Excel).unwrap();
        assert!(buf.starts_with("\u{FEFF}statement_id,".as_bytes()));
        let mut r = csv::Reader::from_reader(&buf[3..]);
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[9], "'=HYPERLINK(\"http://x\")");
        assert_eq!(&row[12], "'-5 percent");
        assert_eq!(&row[11], "'\tindented");
        assert_eq!(&row[5], "'@handle");
        assert_eq!(&row[15], "3", "numbers are never prefixed");
        let mut plain = Vec::new();
        write_csv_with(&mut plain, &d, &s, Preset::Data).unwrap();
        let mut r = csv::Reader::from_reader(plain.as_slice());
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[9], "=HYPERLINK(\"http://x\")");
    }

    #[test]
    fn the_parallel_export_writes_the_rows_of_one_thread_in_document_order() {
        let (d, s) = sample();
        let mut p = Project { documents: d, ..Project::default() };
        // 10,000 statements (several chunks), stored out of document order, some formula-like
        for k in (0..10_000u64).rev() {
            let mut st = s[0].clone();
            st.id = crate::model::StatementId(k);
            st.range = CharRange { start: usize::try_from(k).unwrap(), end: usize::try_from(k).unwrap() + 1 };
            if k % 7 == 0 {
                st.note = format!("=cell {k}");
                st.stance = Some("Oppose".into());
            }
            p.statements.push(st);
        }
        for preset in [Preset::Excel, Preset::Data] {
            let mut parallel = Vec::new();
            export_csv(&mut parallel, &p, |_| true, preset).unwrap();
            let mut one = Vec::new();
            write_csv_with(&mut one, &p.documents, crate::io::project::document_order(&p), preset).unwrap();
            assert_eq!(parallel, one, "{preset:?}");
            let rows = csv::Reader::from_reader(parallel.as_slice()).records().count();
            assert_eq!(rows, 10_000);
        }
        let mut some = Vec::new();
        export_csv(&mut some, &p, |s| s.id.0 % 1000 == 0, Preset::Data).unwrap();
        let ids: Vec<String> =
            csv::Reader::from_reader(some.as_slice()).records().map(|r| r.unwrap()[0].to_owned()).collect();
        assert_eq!(ids, (0..10).map(|k| format!("s{}", k * 1000)).collect::<Vec<_>>());
    }

    #[test]
    fn json_rows() {
        let (d, s) = sample();
        let mut buf = Vec::new();
        write_json(&mut buf, &d, &s).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v[0]["kind"], "quote");
        assert_eq!(v[0]["document"], "a.txt");
    }
}
