//! The statements table as CSV (RFC 4180) and JSON.

use std::fmt::Write as _;
use std::io::Write;

use crate::model::{Document, Project, Statement};

fn index(docs: &[Document]) -> std::collections::HashMap<crate::model::DocumentId, &Document> {
    docs.iter().map(|d| (d.id, d)).collect()
}

/// The CSV header, in this order.
pub const HEADER: [&str; 17] = [
    "statement_id",
    "document",
    "document_date",
    "item",
    "kind",
    "speaker",
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

/// How a CSV file is written for the program that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preset {
    /// For spreadsheets: UTF-8 with a byte order mark (so Excel reads it as UTF-8), and free-text
    /// cells that start with `=` `+` `-` `@`, a tab or a carriage return get a leading apostrophe
    /// so that no spreadsheet runs them as formulas. Numbers are never changed.
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
}

/// Whether a spreadsheet could take a cell with this text for a formula.
fn formula_like(s: &str) -> bool {
    matches!(s.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}

/// A free-text cell as the preset writes it.
fn cell(s: &str, preset: Preset) -> std::borrow::Cow<'_, str> {
    if preset == Preset::Excel && formula_like(s) { format!("'{s}").into() } else { s.into() }
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
        table.write_row(by_id.get(&s.document).copied(), s)?;
    }
    table.finish()
}

/// The CSV writer of every table: RFC 4180 with CRLF line ends.
fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out)
}

/// The byte order mark of the Excel preset and the header row.
fn write_header<W: Write>(out: &mut W, preset: Preset) -> Result<(), csv::Error> {
    if preset == Preset::Excel {
        out.write_all("\u{FEFF}".as_bytes())?;
    }
    let mut w = csv_writer(out);
    w.write_record(HEADER)?;
    w.flush()?;
    Ok(())
}

/// A CSV table written row by row: one document at a time, so that a long list of briefings
/// never has to be held in memory (the `extract` command), or in chunks made on several threads
/// (the project export).
pub struct CsvTable<W: Write> {
    w: csv::Writer<W>,
    preset: Preset,
    /// Buffers for the numbers of a row, reused.
    numbers: [String; 4],
}

impl<W: Write> CsvTable<W> {
    /// Starts the table: the byte order mark of the preset, if any, and the header row.
    pub fn new(mut out: W, preset: Preset) -> Result<Self, csv::Error> {
        write_header(&mut out, preset)?;
        Ok(Self::rows_only(out, preset))
    }

    /// Rows without a header: a chunk of a table.
    fn rows_only(out: W, preset: Preset) -> Self {
        Self { w: csv_writer(out), preset, numbers: Default::default() }
    }

    /// The rows of one document's statements, in the order given.
    pub fn write_document(&mut self, doc: &Document, statements: &[Statement]) -> Result<(), csv::Error> {
        for s in statements {
            self.write_row(Some(doc), s)?;
        }
        Ok(())
    }

    /// Flushes the last rows.
    pub fn finish(mut self) -> Result<(), csv::Error> {
        self.w.flush()?;
        Ok(())
    }

    /// One statement's row; `doc` is its document (file name, date, headline).
    fn write_row(&mut self, doc: Option<&Document>, s: &Statement) -> Result<(), csv::Error> {
        let preset = self.preset;
        let headline = doc.and_then(|d| d.items.get(s.item as usize)).map_or("", |i| i.headline.as_str());
        let [id, start, end, conf] = &mut self.numbers;
        for n in [&mut *id, &mut *start, &mut *end, &mut *conf] {
            n.clear();
        }
        // writing to a String cannot fail
        let _ = write!(id, "{}", s.id);
        let _ = write!(start, "{}", s.range.start);
        let _ = write!(end, "{}", s.range.end);
        let _ = write!(conf, "{:.2}", s.confidence);
        let text = |t| cell(t, preset);
        self.w.write_record([
            id.as_str(),
            &cell(doc.map_or("", |d| d.file_name.as_str()), preset),
            doc.and_then(|d| d.date.as_deref()).unwrap_or(""),
            &cell(headline, preset),
            s.kind.as_str(),
            &text(&s.speaker),
            &text(&s.role),
            &text(&s.cue),
            &text(&s.text),
            &cell(s.stance.as_deref().unwrap_or(""), preset),
            &text(&s.target),
            &text(&s.note),
            &text(&s.coder),
            s.tagged_at.as_deref().unwrap_or(""),
            start.as_str(),
            end.as_str(),
            conf.as_str(),
        ])
    }
}

/// Writes statements as plain CSV (the [`Preset::Data`] preset), as `extract` does.
pub fn write_csv<W: Write>(out: W, docs: &[Document], statements: &[Statement]) -> Result<(), csv::Error> {
    write_csv_with(out, docs, statements, Preset::Data)
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
    // rows are made on all cores, 4096 at a time, and written in order
    super::parallel::write_in_order(&mut out, &rows, 4096, |_, chunk, buf| {
        let mut table = CsvTable::rows_only(buf, preset);
        for s in chunk {
            table.write_row(by_id.get(&s.document).copied(), s)?;
        }
        table.finish()
    })?;
    out.flush()?;
    Ok(())
}

/// One statement row of the JSON output: the CSV columns as an object.
#[derive(Debug, serde::Serialize)]
struct JsonRow<'a> {
    statement_id: String,
    document: &'a str,
    document_date: Option<&'a str>,
    item: &'a str,
    kind: &'a str,
    speaker: &'a str,
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

/// Writes statements as a JSON array of objects with the CSV columns.
pub fn write_json<W: Write>(mut out: W, docs: &[Document], statements: &[Statement]) -> Result<(), serde_json::Error> {
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
            item: 0,
            kind: StatementKind::Quote,
            speaker: "Ann".into(),
            role: String::new(),
            cue: "said".into(),
            text: "Yes, \"no\"\nmaybe,".into(),
            range: CharRange { start: 3, end: 19 },
            confidence: 0.9,
            stance: None,
            target: String::new(),
            note: String::new(),
            coder: String::new(),
            tagged_at: None,
        };
        (vec![doc], vec![st])
    }

    #[test]
    fn csv_header_order_and_crlf() {
        let (d, s) = sample();
        let mut buf = Vec::new();
        write_csv(&mut buf, &d, &s).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.starts_with("statement_id,document,document_date,item,kind,speaker,role,cue,text,stance,target,note,coder,tagged_at,start,end,confidence\r\n"));
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[0], "s7");
        assert_eq!(&row[2], "2026-03-12");
        assert_eq!(&row[8], "Yes, \"no\"\nmaybe,");
        assert_eq!(&row[14], "3");
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
        assert_eq!(&row[8], "'=HYPERLINK(\"http://x\")");
        assert_eq!(&row[11], "'-5 percent");
        assert_eq!(&row[10], "'\tindented");
        assert_eq!(&row[5], "'@handle");
        assert_eq!(&row[14], "3", "numbers are never prefixed");
        let mut plain = Vec::new();
        write_csv_with(&mut plain, &d, &s, Preset::Data).unwrap();
        let mut r = csv::Reader::from_reader(plain.as_slice());
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[8], "=HYPERLINK(\"http://x\")");
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
