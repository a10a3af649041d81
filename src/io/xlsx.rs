//! The project as an Excel workbook: sheet "Statements" (the columns and values of the data CSV,
//! header frozen, auto-filter, widths fitted, dates as dates, offsets and confidence as
//! numbers), sheet "Actors x targets" (statements per actor and target, then the net stance) and
//! sheet "Codebook". Every text is written as a string cell, so nothing is ever run as a formula.

use std::collections::HashMap;
use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use thiserror::Error;

use super::export::{COLUMNS, Cell, Kind, Row};
use crate::analysis::matrix::Matrix;
use crate::analysis::{Scope, Tally};
use crate::model::{DocumentId, Project};

/// Why a workbook was not written.
#[derive(Debug, Error)]
pub enum XlsxError {
    /// The workbook library refused something.
    #[error("cannot write the workbook: {0}")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
    /// More statements than a sheet has rows.
    #[error("{0} statements do not fit in a sheet (at most 1,048,575 rows)")]
    TooManyRows(usize),
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct XlsxReport {
    /// Statement rows.
    pub rows: usize,
    /// Cells cut at Excel's limit of 32,767 characters.
    pub truncated: usize,
}

/// Excel's most characters in a cell.
const MAX_CELL_CHARS: usize = 32_767;
/// Excel's most rows in a sheet.
const MAX_ROWS: usize = 1_048_576;
/// Excel's most columns in a sheet.
const MAX_COLUMNS: usize = 16_384;
/// The widest a fitted column gets (characters).
const MAX_WIDTH: usize = 60;

/// The formats of the workbook.
struct Formats {
    header: Format,
    date: Format,
    time: Format,
    score: Format,
    net: Format,
}

impl Formats {
    fn new() -> Self {
        Self {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            time: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
            score: Format::new().set_num_format("0.00"),
            net: Format::new().set_num_format("+0.00;-0.00;0.00"),
        }
    }
}

/// Excel's serial number of a date and time (days since 1899-12-30).
fn serial(t: NaiveDateTime) -> f64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or_default();
    (t - epoch).num_milliseconds() as f64 / 86_400_000.0
}

/// A date column's text as a date (`YYYY-MM-DD`) or a time stamp (RFC 3339, written as the
/// wall-clock time it gives: Excel times have no offset).
fn date_value(text: &str) -> Option<(f64, bool)> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some((serial(t.naive_local()), true));
    }
    let d = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    d.and_hms_opt(0, 0, 0).map(|t| (serial(t), false))
}

/// Text cut to what a cell holds; counts the cuts.
fn fitting<'a>(text: &'a str, truncated: &mut usize) -> &'a str {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((at, _)) => {
            *truncated += 1;
            &text[..at]
        }
        None => text,
    }
}

/// Writes the workbook of a project.
pub fn write_workbook<W: Write + Send>(out: W, project: &Project) -> Result<XlsxReport, XlsxError> {
    let formats = Formats::new();
    let mut wb = Workbook::new();
    let (statements, report) = statements_sheet(project, &formats)?;
    wb.push_worksheet(statements);
    wb.push_worksheet(matrix_sheet(project, &formats)?);
    wb.push_worksheet(codebook_sheet(project, &formats)?);
    wb.save_to_writer(out)?;
    Ok(report)
}

/// Sheet "Statements": the export's columns, one row per statement in document order.
fn statements_sheet(project: &Project, f: &Formats) -> Result<(Worksheet, XlsxReport), XlsxError> {
    let rows = super::project::document_order(project);
    if rows.len() >= MAX_ROWS {
        return Err(XlsxError::TooManyRows(rows.len()));
    }
    let mut ws = Worksheet::new();
    ws.set_name("Statements")?;
    let mut widths: Vec<usize> = COLUMNS.iter().map(|c| c.name.len() + 3).collect();
    for (c, column) in COLUMNS.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, column.name, &f.header)?;
    }
    let docs: HashMap<DocumentId, &crate::model::Document> = project.documents.iter().map(|d| (d.id, d)).collect();
    let actors = project.actor_names();
    let mut report = XlsxReport { rows: rows.len(), truncated: 0 };
    let mut text = String::new();
    for (r, s) in rows.iter().enumerate() {
        let row = Row {
            statement: s,
            document: docs.get(&s.document).copied(),
            actor: actors.get(s.speaker.as_str()).copied(),
            tag: None,
        };
        let r = r as u32 + 1;
        for (c, column) in COLUMNS.iter().enumerate() {
            let width = write_cell(&mut ws, (r, c as u16), column.kind, (column.get)(row), f, &mut text, &mut report)?;
            widths[c] = widths[c].max(width.min(MAX_WIDTH));
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w as f64)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, rows.len() as u32, (COLUMNS.len() - 1) as u16)?;
    Ok((ws, report))
}

/// Writes one cell of the statements sheet as its kind says; returns its width in characters.
fn write_cell(
    ws: &mut Worksheet,
    (r, c): (u32, u16),
    kind: Kind,
    cell: Cell<'_>,
    f: &Formats,
    buf: &mut String,
    report: &mut XlsxReport,
) -> Result<usize, XlsxError> {
    use std::fmt::Write as _;
    match cell {
        Cell::Offset(n) => {
            ws.write_number(r, c, n as f64)?;
            Ok(n.to_string().len())
        }
        Cell::Score(x) => {
            // the value the CSV gives: two decimals
            buf.clear();
            let _ = write!(buf, "{x:.2}");
            ws.write_number_with_format(r, c, buf.parse::<f64>().unwrap_or(0.0), &f.score)?;
            Ok(4)
        }
        Cell::Id(id) => {
            buf.clear();
            let _ = write!(buf, "{id}");
            ws.write_string(r, c, buf.as_str())?;
            Ok(buf.len())
        }
        Cell::Text(t) | Cell::Maybe(Some(t)) => match (kind, date_value(t)) {
            (Kind::Date, Some((v, with_time))) => {
                ws.write_number_with_format(r, c, v, if with_time { &f.time } else { &f.date })?;
                Ok(if with_time { 19 } else { 10 })
            }
            _ => {
                let t = fitting(t, &mut report.truncated);
                if !t.is_empty() {
                    ws.write_string(r, c, t)?;
                }
                Ok(t.chars().take(MAX_WIDTH).count())
            }
        },
        Cell::Maybe(None) => Ok(0),
    }
}

/// Sheet "Actors x targets": statements per actor (rows, most active first) and target
/// (columns, most active first) with totals; below, the net stance of the tagged statements.
fn matrix_sheet(project: &Project, f: &Formats) -> Result<Worksheet, XlsxError> {
    let m = Matrix::of(&Tally::of(project, &Scope::default()));
    let mut ws = Worksheet::new();
    ws.set_name("Actors x targets")?;
    let cols: Vec<u32> = m.targets_by_activity.iter().copied().take(MAX_COLUMNS - 2).collect();
    let rows = &m.actors_by_activity;
    let n = rows.len() as u32;
    // counts
    ws.write_string_with_format(0, 0, "statements: actor \\ target", &f.header)?;
    for (k, &t) in cols.iter().enumerate() {
        ws.write_string_with_format(0, k as u16 + 1, &m.targets[t as usize], &f.header)?;
    }
    ws.write_string_with_format(0, cols.len() as u16 + 1, "total", &f.header)?;
    for (i, &a) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, &m.actors[a as usize])?;
        for (k, &t) in cols.iter().enumerate() {
            if let Some(cell) = m.cell(a, t) {
                ws.write_number(r, k as u16 + 1, f64::from(cell.statements))?;
            }
        }
        ws.write_number(r, cols.len() as u16 + 1, f64::from(m.actor_totals[a as usize]))?;
    }
    // net stance
    let top = n + 2;
    let label = "net stance: (Support − Oppose) / tagged, i.e. the sum of the label values / tagged";
    ws.write_string_with_format(top, 0, label, &f.header)?;
    for (k, &t) in cols.iter().enumerate() {
        ws.write_string_with_format(top, k as u16 + 1, &m.targets[t as usize], &f.header)?;
    }
    for (i, &a) in rows.iter().enumerate() {
        let r = top + i as u32 + 1;
        ws.write_string(r, 0, &m.actors[a as usize])?;
        for (k, &t) in cols.iter().enumerate() {
            if let Some(net) = m.cell(a, t).and_then(|c| c.net) {
                ws.write_number_with_format(r, k as u16 + 1, net, &f.net)?;
            }
        }
    }
    let name_width = m.actors.iter().map(|a| a.chars().count()).max().unwrap_or(10).clamp(12, 40);
    ws.set_column_width(0, name_width as f64)?;
    for (k, &t) in cols.iter().enumerate() {
        ws.set_column_width(k as u16 + 1, m.targets[t as usize].chars().count().clamp(6, 30) as f64)?;
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(ws)
}

/// Sheet "Codebook": each label's name, colour, key, value on the agreement scale and number of
/// statements.
fn codebook_sheet(project: &Project, f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut ws = Worksheet::new();
    ws.set_name("Codebook")?;
    for (c, h) in ["label", "colour", "key", "value", "statements"].iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &f.header)?;
    }
    let mut used: HashMap<&str, u32> = HashMap::new();
    for s in &project.statements {
        if let Some(l) = &s.stance {
            *used.entry(l.as_str()).or_default() += 1;
        }
    }
    for (i, l) in project.codebook.labels.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, &l.name)?;
        ws.write_string(r, 1, &l.color)?;
        if let Some(k) = l.key {
            ws.write_string(r, 2, k.to_string())?;
        }
        if let Some(v) = l.scale_value() {
            ws.write_number(r, 3, v)?;
        }
        ws.write_number(r, 4, f64::from(used.get(l.name.as_str()).copied().unwrap_or(0)))?;
    }
    ws.set_column_width(0, 16)?;
    ws.set_column_width(1, 10)?;
    ws.set_freeze_panes(1, 0)?;
    Ok(ws)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_excel_serial_numbers() {
        assert_eq!(date_value("1900-03-01"), Some((61.0, false)));
        assert_eq!(date_value("2026-03-12"), Some((46_093.0, false)));
        let (v, time) = date_value("2026-03-12T18:00:00+01:00").unwrap();
        assert!(time && (v - 46_093.75).abs() < 1e-9, "{v}");
        assert_eq!(date_value("soon"), None);
    }

    #[test]
    fn long_texts_are_cut_at_the_cell_limit() {
        let long = "é".repeat(MAX_CELL_CHARS + 5);
        let mut n = 0;
        assert_eq!(fitting(&long, &mut n).chars().count(), MAX_CELL_CHARS);
        assert_eq!(fitting("short", &mut n), "short");
        assert_eq!(n, 1);
    }

    #[test]
    fn a_workbook_is_a_zip_with_three_sheets() {
        let p = crate::analysis::tests::project(&[("Lee", "talks", Some("Support")), ("Abe", "=1+1", None)]);
        let mut buf = Vec::new();
        let r = write_workbook(&mut buf, &p).unwrap();
        assert_eq!(r, XlsxReport { rows: 2, truncated: 0 });
        let zip = zip::ZipArchive::new(std::io::Cursor::new(buf)).unwrap();
        let names: Vec<String> = zip.file_names().filter_map(Result::ok).map(std::borrow::Cow::into_owned).collect();
        assert!(names.iter().any(|n| n == "xl/worksheets/sheet3.xml"), "{names:?}");
    }
}
