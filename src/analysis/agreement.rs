//! Agreement between coders who tagged the same statements: Krippendorff's α (nominal, missing
//! values allowed), Fleiss' κ (the units every coder tagged), and for each pair of coders Cohen's
//! κ, the percent agreement and the confusion matrix; the same for each label (that label against
//! the others) and for each document.
//!
//! The figures are computed from [`Reliability`] data: units × coders → label or missing. The data
//! is made from `(unit, coder, label)` tags ([`Reliability::from_tags`]), so any source of tags
//! feeds it: several coders' projects of the same briefings ([`agreement_of`]) or one project
//! with several tags per statement. A unit is a statement, identified by its document and its
//! character range; stance is nominal; an untagged statement is a missing value. Units with fewer
//! than two values are not pairable and count for nothing. A figure that is undefined (no units,
//! or an expected agreement of 1) is `None`.

use std::collections::HashMap;

use crate::model::{Document, DocumentId, Project};

/// A unit of the reliability data: a statement, by its document (any string that identifies the
/// document, such as its SHA-256) and its character range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnitKey<'a> {
    /// The document.
    pub document: &'a str,
    /// First character of the statement.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// Units × coders → label index or missing, with the document of each unit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reliability {
    /// The coders, in the order they first appear.
    pub coders: Vec<String>,
    /// The labels: the ones given first, in their order, then any other label found on a tag.
    pub labels: Vec<String>,
    /// The documents, in the order they first appear.
    pub documents: Vec<String>,
    /// Tags of a coder on a unit that coder had already tagged (the first one is kept).
    pub repeated: usize,
    /// The document (index into `documents`) of each unit.
    unit_document: Vec<u32>,
    /// One row of `coders.len()` values per unit: the label index, `None` when missing.
    values: Vec<Option<u32>>,
}

impl Reliability {
    /// Reliability data from rows of values (one row per unit, one value per coder; a value is a
    /// label index, `None` when missing), all in one document named "".
    ///
    /// # Panics
    /// When a row is not as long as `coders`, or a value is not an index into `labels`.
    pub fn from_rows(coders: Vec<String>, labels: Vec<String>, rows: &[Vec<Option<u32>>]) -> Self {
        let m = coders.len();
        assert!(rows.iter().all(|r| r.len() == m), "every row has one value per coder");
        assert!(rows.iter().flatten().flatten().all(|&v| (v as usize) < labels.len()), "values are label indices");
        Self {
            coders,
            labels,
            documents: vec![String::new()],
            repeated: 0,
            unit_document: vec![0; rows.len()],
            values: rows.iter().flatten().copied().collect(),
        }
    }

    /// Reliability data from tags `(unit, coder, label)`; `labels` are the known labels in their
    /// order (a codebook's), others are added as found. A tag without label (untagged) is a
    /// missing value and adds nothing.
    pub fn from_tags<'a>(
        labels: &[String],
        tags: impl IntoIterator<Item = (UnitKey<'a>, &'a str, Option<&'a str>)>,
    ) -> Self {
        let mut labels = labels.to_vec();
        let mut label_ix: HashMap<String, u32> =
            labels.iter().enumerate().map(|(i, l)| (l.clone(), i as u32)).collect();
        let mut units: HashMap<UnitKey<'a>, u32> = HashMap::new();
        let mut unit_document = Vec::new();
        let mut documents = Vec::new();
        let mut doc_ix: HashMap<&'a str, u32> = HashMap::new();
        let mut coders = Vec::new();
        let mut coder_ix: HashMap<&'a str, u32> = HashMap::new();
        let mut tags_read: Vec<(u32, u32, u32)> = Vec::new();
        for (key, coder, label) in tags {
            let Some(label) = label else { continue };
            let l = match label_ix.get(label) {
                Some(&l) => l,
                None => {
                    labels.push(label.to_owned());
                    let l = labels.len() as u32 - 1;
                    label_ix.insert(label.to_owned(), l);
                    l
                }
            };
            let c = *coder_ix.entry(coder).or_insert_with(|| {
                coders.push(coder.to_owned());
                coders.len() as u32 - 1
            });
            let u = *units.entry(key).or_insert_with(|| {
                let d = *doc_ix.entry(key.document).or_insert_with(|| {
                    documents.push(key.document.to_owned());
                    documents.len() as u32 - 1
                });
                unit_document.push(d);
                unit_document.len() as u32 - 1
            });
            tags_read.push((u, c, l));
        }
        let m = coders.len();
        let mut values = vec![None; unit_document.len() * m];
        let mut repeated = 0;
        for (u, c, l) in tags_read {
            let slot = &mut values[u as usize * m + c as usize];
            if slot.is_some() {
                repeated += 1;
            } else {
                *slot = Some(l);
            }
        }
        Self { coders, labels, documents, repeated, unit_document, values }
    }

    /// Reliability data from projects of the same briefings, each with a name (its file's name):
    /// a unit is a statement by its document's SHA-256 (documents are matched by their content)
    /// and its range. The tags are each coder's own tags (a merged project holds several coders'),
    /// and a final tag that no coder's tag backs counts as its coder's; a tag that names no coder
    /// is the project's (its name).
    /// The documents are named by their file name (the first project's).
    pub fn of_projects(projects: &[(&str, &Project)]) -> Self {
        let mut labels: Vec<String> = Vec::new();
        for (_, p) in projects {
            for l in &p.codebook.labels {
                if !labels.contains(&l.name) {
                    labels.push(l.name.clone());
                }
            }
        }
        let docs: Vec<HashMap<DocumentId, &Document>> =
            projects.iter().map(|(_, p)| p.documents.iter().map(|d| (d.id, d)).collect()).collect();
        let tags = projects.iter().zip(&docs).flat_map(|((name, p), docs)| {
            p.statements.iter().filter_map(move |s| Some((s, docs.get(&s.document)?))).flat_map(move |(s, doc)| {
                let key = UnitKey { document: doc_key(doc), start: s.range.start, end: s.range.end };
                // each coder's own tag; a final tag no coder's tag backs counts as its coder's
                let legacy = s.coder_tags.is_empty().then_some(()).and(s.stance.as_deref()).map(|label| {
                    let coder = if s.coder.is_empty() { *name } else { s.coder.as_str() };
                    (key, coder, Some(label))
                });
                let own = s.coder_tags.iter().filter_map(move |t| {
                    let coder = if t.coder.is_empty() { *name } else { t.coder.as_str() };
                    Some((key, coder, Some(t.stance.as_deref()?)))
                });
                legacy.into_iter().chain(own)
            })
        });
        let mut data = Self::from_tags(&labels, tags);
        // later entries win: the first project's first document of a content names it
        let names: HashMap<&str, &str> = projects
            .iter()
            .rev()
            .flat_map(|(_, p)| p.documents.iter().rev())
            .map(|d| (doc_key(d), d.file_name.as_str()))
            .collect();
        for d in &mut data.documents {
            if let Some(name) = names.get(d.as_str()) {
                *d = (*name).to_owned();
            }
        }
        data
    }

    /// The number of units (statements with at least one value).
    pub fn units(&self) -> usize {
        self.unit_document.len()
    }

    /// The values of unit `u`, one per coder.
    pub fn row(&self, u: usize) -> &[Option<u32>] {
        let m = self.coders.len();
        &self.values[u * m..(u + 1) * m]
    }

    /// Every figure: over all units and labels, for each label against the others, and for each
    /// document.
    pub fn agreement(&self) -> Agreement {
        let k = self.labels.len();
        let all_units: Vec<u32> = (0..self.units() as u32).collect();
        let all = self.figures(&all_units, k, |v| v);
        let mut used = vec![false; k];
        for u in 0..self.units() {
            let row = self.row(u);
            if row.iter().flatten().count() >= 2 {
                for &v in row.iter().flatten() {
                    used[v as usize] = true;
                }
            }
        }
        let per_label = (0..k as u32)
            .filter(|&l| used[l as usize])
            .map(|l| (l, self.figures(&all_units, 2, |v| u32::from(v != l))))
            .collect();
        let mut by_document: Vec<Vec<u32>> = vec![Vec::new(); self.documents.len()];
        for (u, &d) in self.unit_document.iter().enumerate() {
            by_document[d as usize].push(u as u32);
        }
        let per_document = by_document.iter().map(|units| self.figures(units, k, |v| v)).collect();
        Agreement {
            coders: self.coders.clone(),
            labels: self.labels.clone(),
            documents: self.documents.clone(),
            repeated: self.repeated,
            all,
            per_label,
            per_document,
        }
    }

    /// The figures of some units with the values recoded into `k` categories.
    fn figures(&self, units: &[u32], k: usize, recode: impl Fn(u32) -> u32) -> Figures {
        let m = self.coders.len();
        let mut count = vec![0u64; k];
        let mut totals = vec![0u64; k];
        let mut fleiss_totals = vec![0u64; k];
        let pair_list: Vec<[usize; 2]> = (0..m).flat_map(|a| (a + 1..m).map(move |b| [a, b])).collect();
        let mut confusion = vec![vec![0u32; k * k]; pair_list.len()];
        let mut row: Vec<Option<usize>> = vec![None; m];
        let (mut n_units, mut n_values, mut fleiss_units) = (0usize, 0u64, 0usize);
        let (mut coincidences, mut fleiss_sum) = (0.0f64, 0.0f64);
        let (mut same_pairs, mut all_pairs) = (0u64, 0u64);
        for &u in units {
            for (r, v) in row.iter_mut().zip(self.row(u as usize)) {
                *r = v.map(|v| recode(v) as usize);
            }
            let mu = row.iter().flatten().count() as u64;
            if mu < 2 {
                continue;
            }
            n_units += 1;
            n_values += mu;
            for &v in row.iter().flatten() {
                count[v] += 1;
                totals[v] += 1;
            }
            // Σ_c n_uc (n_uc − 1): the ordered pairs of equal values in the unit
            let same: u64 = row.iter().flatten().map(|&v| count[v] - 1).sum();
            same_pairs += same;
            all_pairs += mu * (mu - 1);
            coincidences += same as f64 / (mu - 1) as f64;
            if mu == m as u64 {
                fleiss_units += 1;
                fleiss_sum += same as f64 / (mu * (mu - 1)) as f64;
                for &v in row.iter().flatten() {
                    fleiss_totals[v] += 1;
                }
            }
            for &v in row.iter().flatten() {
                count[v] = 0;
            }
            for (p, [a, b]) in pair_list.iter().enumerate() {
                if let (Some(x), Some(y)) = (row[*a], row[*b]) {
                    confusion[p][x * k + y] += 1;
                }
            }
        }
        let pairs = pair_list
            .iter()
            .zip(confusion)
            .map(|(&coders, flat)| {
                let confusion: Vec<Vec<u32>> = flat.chunks(k.max(1)).map(<[u32]>::to_vec).take(k).collect();
                let units = confusion.iter().flatten().map(|&c| c as usize).sum();
                PairAgreement {
                    coders,
                    units,
                    cohen_kappa: cohen_kappa(&confusion),
                    percent_agreement: percent_agreement(&confusion),
                    confusion,
                }
            })
            .collect();
        Figures {
            units: n_units,
            values: n_values as usize,
            krippendorff_alpha: alpha(n_values, coincidences, &totals),
            fleiss_units,
            fleiss_kappa: fleiss(fleiss_units as u64, m as u64, fleiss_sum, &fleiss_totals),
            percent_agreement: (all_pairs > 0).then(|| 100.0 * same_pairs as f64 / all_pairs as f64),
            pairs,
        }
    }
}

/// The key of a document: its SHA-256, else (documents made without one) its file name.
fn doc_key(d: &Document) -> &str {
    if d.sha256.is_empty() { &d.file_name } else { &d.sha256 }
}

/// Krippendorff's α for nominal data from the pairable values `n`, the sum of the coincidence
/// matrix's diagonal `Σ_c o_cc` and the values per category `n_c`:
/// `α = ((n − 1) Σ_c o_cc − Σ_c n_c (n_c − 1)) / (n (n − 1) − Σ_c n_c (n_c − 1))`.
fn alpha(n: u64, diagonal: f64, totals: &[u64]) -> Option<f64> {
    let expected: u64 = totals.iter().map(|&t| t * t.saturating_sub(1)).sum();
    let denominator = (n * n.saturating_sub(1)).checked_sub(expected)?;
    (n >= 2 && denominator > 0).then(|| ((n - 1) as f64 * diagonal - expected as f64) / denominator as f64)
}

/// Fleiss' κ of `units` units rated by `m` coders each, from `Σ_i P_i` and the values per category.
fn fleiss(units: u64, m: u64, p_sum: f64, totals: &[u64]) -> Option<f64> {
    let all = units * m;
    let squares: u64 = totals.iter().map(|&t| t * t).sum();
    if units == 0 || m < 2 || squares == all * all {
        return None;
    }
    let p_bar = p_sum / units as f64;
    let p_e = squares as f64 / (all * all) as f64;
    Some((p_bar - p_e) / (1.0 - p_e))
}

/// Cohen's κ of a square confusion matrix (rows: the first coder's labels, columns: the
/// second's); `None` without units or when the expected agreement is 1.
pub fn cohen_kappa(confusion: &[Vec<u32>]) -> Option<f64> {
    let n: u64 = confusion.iter().flatten().map(|&c| u64::from(c)).sum();
    let diagonal: u64 = confusion.iter().enumerate().map(|(i, r)| u64::from(r[i])).sum();
    let rows = confusion.iter().map(|r| r.iter().map(|&c| u64::from(c)).sum::<u64>());
    let chance: u64 =
        rows.enumerate().map(|(j, r)| r * confusion.iter().map(|row| u64::from(row[j])).sum::<u64>()).sum();
    if n == 0 || chance == n * n {
        return None;
    }
    let p_o = diagonal as f64 / n as f64;
    let p_e = chance as f64 / (n * n) as f64;
    Some((p_o - p_e) / (1.0 - p_e))
}

/// The share of units on which both coders agree, in percent; `None` without units.
pub fn percent_agreement(confusion: &[Vec<u32>]) -> Option<f64> {
    let n: u64 = confusion.iter().flatten().map(|&c| u64::from(c)).sum();
    let diagonal: u64 = confusion.iter().enumerate().map(|(i, r)| u64::from(r[i])).sum();
    (n > 0).then(|| 100.0 * diagonal as f64 / n as f64)
}

/// Two coders' agreement on the units both tagged.
#[derive(Debug, Clone, PartialEq)]
pub struct PairAgreement {
    /// The two coders (indices into [`Agreement::coders`], the first one the lower).
    pub coders: [usize; 2],
    /// Units both tagged.
    pub units: usize,
    /// Cohen's κ.
    pub cohen_kappa: Option<f64>,
    /// Units on which both gave the same label, in percent.
    pub percent_agreement: Option<f64>,
    /// Units per (first coder's label, second coder's label); rows are the first coder's.
    pub confusion: Vec<Vec<u32>>,
}

/// The agreement figures of some units.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// Pairable units: tagged by at least two coders.
    pub units: usize,
    /// The values of the pairable units.
    pub values: usize,
    /// Krippendorff's α, nominal, over the pairable units.
    pub krippendorff_alpha: Option<f64>,
    /// Units tagged by every coder (those Fleiss' κ is computed on).
    pub fleiss_units: usize,
    /// Fleiss' κ over the units tagged by every coder.
    pub fleiss_kappa: Option<f64>,
    /// Pairs of values of the same unit (from different coders) that are equal, in percent.
    pub percent_agreement: Option<f64>,
    /// One entry per pair of coders, in the order (0, 1), (0, 2) … (1, 2) …
    pub pairs: Vec<PairAgreement>,
}

/// Every agreement figure of some reliability data.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// The coders.
    pub coders: Vec<String>,
    /// The labels (indices of the confusion matrices).
    pub labels: Vec<String>,
    /// The documents (of [`Agreement::per_document`]).
    pub documents: Vec<String>,
    /// Repeated tags of a coder on a unit (only the first counts).
    pub repeated: usize,
    /// Over all units and labels.
    pub all: Figures,
    /// For each label given on a pairable unit: that label against all others (binary; the
    /// confusion matrices are [label, other]).
    pub per_label: Vec<(u32, Figures)>,
    /// For each document (same order as [`Agreement::documents`]).
    pub per_document: Vec<Figures>,
}

/// The agreement of projects of the same briefings (see [`Reliability::of_projects`]); one
/// project gives the agreement of the coders named on its statements.
pub fn agreement_of(projects: &[(&str, &Project)]) -> Agreement {
    Reliability::of_projects(projects).agreement()
}

/// Tags of three coders ("ann", "bob", "cy") on `units` statements spread over `docs`: each
/// coder tags 49 in 50 and now and then gives another label. For the benchmark and the timing
/// test of the agreement figures.
pub fn synthetic_tags(docs: &[String], units: usize) -> Vec<(UnitKey<'_>, &'static str, Option<&'static str>)> {
    const LABELS: [&str; 5] = ["Support", "Oppose", "Neutral", "Mixed", "Unclear"];
    let mut tags = Vec::with_capacity(units * 3);
    for u in 0..units {
        let Some(document) = docs.get(u % docs.len().max(1)) else { break };
        let key = UnitKey { document, start: u * 10, end: u * 10 + 7 };
        for (c, coder) in ["ann", "bob", "cy"].into_iter().enumerate() {
            let label = if (u * 7 + c * 13) % 10 == 0 { (u + c + 1) % 5 } else { u % 5 };
            if (u + c) % 50 != 0 {
                tags.push((key, coder, Some(LABELS[label])));
            }
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::{doc, st};

    const EPS: f64 = 1e-4;

    fn close(got: Option<f64>, want: f64) {
        let got = got.unwrap_or(f64::NAN);
        assert!((got - want).abs() < EPS, "got {got}, want {want}");
    }

    fn names(prefix: &str, n: usize) -> Vec<String> {
        (0..n).map(|i| format!("{prefix}{i}")).collect()
    }

    /// Rows from one string per coder, one character per unit: a digit or a letter is a label
    /// (`0`–`9`, `a`–`z`), `.` is missing.
    fn by_coder(coders: &[&str], labels: usize) -> Reliability {
        let units = coders[0].len();
        let rows: Vec<Vec<Option<u32>>> = (0..units)
            .map(|u| coders.iter().map(|c| c.chars().nth(u).and_then(|ch| ch.to_digit(36))).collect())
            .collect();
        let max = rows.iter().flatten().flatten().max().map_or(0, |&v| v as usize + 1);
        Reliability::from_rows(names("c", coders.len()), names("l", labels.max(max)), &rows)
    }

    /// Krippendorff (2011), Computing Krippendorff's Alpha-Reliability, A: binary data, two
    /// observers, no missing data: α = 0.095 (= 2/21).
    #[test]
    fn krippendorff_binary_two_coders_ten_units() {
        let data = by_coder(&["0100000010", "1110010000"], 2);
        let a = data.agreement();
        close(a.all.krippendorff_alpha, 2.0 / 21.0);
        assert_eq!(a.all.units, 10);
        close(a.all.percent_agreement, 60.0);
        // with two coders Fleiss' κ is Scott's π: α · (n − 1) / n … and is defined
        assert!(a.all.fleiss_kappa.is_some());
    }

    /// Krippendorff (2011), B: nominal data, two observers, no missing data, twelve units,
    /// categories a–e: α = 0.692 (= 155/224).
    #[test]
    fn krippendorff_nominal_two_coders_twelve_units_five_categories() {
        let data = by_coder(&["aabbdcccedda", "babbbccceddd"], 0);
        // the categories a–e are 10–14 in base 36
        let a = data.agreement();
        close(a.all.krippendorff_alpha, 155.0 / 224.0);
        assert_eq!(a.all.units, 12);
    }

    /// Krippendorff (2011), C: nominal data, four observers, twelve units with missing values:
    /// α = 0.743 (= 113/152). Unit 12 has one value only and is not pairable.
    #[test]
    fn krippendorff_nominal_four_coders_missing_values() {
        let data = by_coder(&["123321412...", "1233224125.3", ".3332342251.", "12332441251."], 6);
        let a = data.agreement();
        close(a.all.krippendorff_alpha, 113.0 / 152.0);
        assert_eq!((a.all.units, a.all.values), (11, 40));
    }

    /// Fleiss (1971) as Wikipedia gives it: ten subjects, fourteen raters, five categories:
    /// κ = 0.210.
    #[test]
    fn fleiss_kappa_ten_units_fourteen_raters() {
        let counts: [[u32; 5]; 10] = [
            [0, 0, 0, 0, 14],
            [0, 2, 6, 4, 2],
            [0, 0, 3, 5, 6],
            [0, 3, 9, 2, 0],
            [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0],
            [3, 2, 6, 3, 0],
            [2, 5, 3, 2, 2],
            [6, 5, 2, 1, 0],
            [0, 2, 2, 3, 7],
        ];
        // which rater gave which label does not matter to Fleiss' κ: raters take them in turn
        let rows: Vec<Vec<Option<u32>>> = counts
            .iter()
            .map(|c| c.iter().enumerate().flat_map(|(l, &n)| std::iter::repeat_n(Some(l as u32), n as usize)).collect())
            .collect();
        let data = Reliability::from_rows(names("r", 14), names("l", 5), &rows);
        let a = data.agreement();
        close(a.all.fleiss_kappa, 0.20993);
        assert!((a.all.fleiss_kappa.unwrap() - 0.210).abs() < 5e-4);
        assert_eq!(a.all.fleiss_units, 10);
    }

    /// Cohen's κ of the 3 × 3 table [[0, 4, 1], [0, 8, 0], [0, 1, 5]]: 0.4842; the same from units.
    #[test]
    fn cohen_kappa_of_a_three_by_three_table() {
        let table = vec![vec![0, 4, 1], vec![0, 8, 0], vec![0, 1, 5]];
        close(cohen_kappa(&table), 0.4842);
        close(percent_agreement(&table), 100.0 * 13.0 / 19.0);
        let mut rows = Vec::new();
        for (a, r) in table.iter().enumerate() {
            for (b, &n) in r.iter().enumerate() {
                rows.extend(std::iter::repeat_n(vec![Some(a as u32), Some(b as u32)], n as usize));
            }
        }
        let a = Reliability::from_rows(names("c", 2), names("l", 3), &rows).agreement();
        assert_eq!(a.all.pairs.len(), 1);
        let pair = &a.all.pairs[0];
        assert_eq!((pair.coders, pair.units), ([0, 1], 19));
        assert_eq!(pair.confusion, table);
        close(pair.cohen_kappa, 0.4842);
    }

    #[test]
    fn undefined_figures_are_none() {
        let empty = Reliability::from_rows(names("c", 2), names("l", 2), &[]).agreement();
        assert_eq!(empty.all.units, 0);
        assert_eq!(empty.all.krippendorff_alpha, None);
        assert_eq!(empty.all.fleiss_kappa, None);
        assert_eq!(empty.all.percent_agreement, None);
        assert_eq!(empty.all.pairs[0].cohen_kappa, None);
        // one label only: expected agreement 1, nothing to say beyond 100 %
        let same = by_coder(&["111", "111"], 3).agreement();
        assert_eq!(same.all.krippendorff_alpha, None);
        assert_eq!(same.all.fleiss_kappa, None);
        assert_eq!(same.all.pairs[0].cohen_kappa, None);
        close(same.all.percent_agreement, 100.0);
        // no two values on any unit
        let lonely = by_coder(&["1.", ".2"], 3).agreement();
        assert_eq!((lonely.all.units, lonely.all.krippendorff_alpha), (0, None));
        assert_eq!(lonely.all.pairs[0].units, 0);
        // perfect agreement over two labels
        close(by_coder(&["1212", "1212"], 3).agreement().all.krippendorff_alpha, 1.0);
        assert!(empty.per_label.is_empty());
    }

    #[test]
    fn per_label_figures_are_that_label_against_the_others() {
        let data = by_coder(&["0100000010", "1110010000"], 3);
        let a = data.agreement();
        // two labels: label 0 against the rest is the same split as the data
        assert_eq!(a.per_label.len(), 2, "labels never given are left out");
        let (l, f) = &a.per_label[0];
        assert_eq!(*l, 0);
        close(f.krippendorff_alpha, 2.0 / 21.0);
        assert_eq!(f.pairs[0].confusion.len(), 2);
        // three labels: 2 against {0, 1}
        let a = by_coder(&["0122", "0212"], 3).agreement();
        let (_, two) = &a.per_label[2];
        assert_eq!(two.pairs[0].confusion, vec![vec![1, 1], vec![1, 1]]);
        close(two.percent_agreement, 50.0);
    }

    fn project(name: &str, tags: &[(u32, usize, Option<&str>, &str)]) -> (String, Project) {
        let mut p = Project::default();
        for (id, file) in [(0, "a.txt"), (1, "b.txt")] {
            let mut d = doc(id, file, None);
            d.sha256 = format!("sha-{file}");
            p.documents.push(d);
        }
        p.statements = tags
            .iter()
            .enumerate()
            .map(|(i, &(doc, start, stance, coder))| {
                let mut s = st(i as u64, doc, "Lee", "", stance);
                s.range.start = start;
                s.range.end = start + 5;
                s.coder = coder.into();
                s
            })
            .collect();
        (name.to_owned(), p)
    }

    #[test]
    fn projects_are_matched_by_document_content_and_range_and_coders_named_by_tag_or_file() {
        let (an, ann) = project(
            "ann-file",
            &[(0, 0, Some("Support"), ""), (0, 10, Some("Oppose"), ""), (1, 0, Some("Neutral"), ""), (1, 9, None, "")],
        );
        // bob's project has the documents the other way round: matched by their SHA-256
        let (bn, mut bob) = project(
            "bob-file",
            &[(1, 0, Some("Support"), "bob"), (1, 10, Some("Oppose"), "bob"), (0, 0, Some("Oppose"), "bob")],
        );
        bob.documents.swap(0, 1);
        bob.documents[0].id = DocumentId(0);
        bob.documents[1].id = DocumentId(1);
        let a = agreement_of(&[(an.as_str(), &ann), (bn.as_str(), &bob)]);
        assert_eq!(a.coders, ["ann-file", "bob"]);
        assert_eq!(a.documents, ["a.txt", "b.txt"]);
        assert_eq!(a.all.units, 3);
        close(a.all.percent_agreement, 100.0 * 2.0 / 3.0);
        assert_eq!(a.all.pairs[0].confusion[0][0], 1, "Support/Support");
        assert_eq!(a.per_document[0].units, 2);
        assert_eq!(a.per_document[1].units, 1);
        // one project with today's one tag per statement: no unit with two coders
        let one = agreement_of(&[(bn.as_str(), &bob)]);
        assert_eq!((one.all.units, one.all.krippendorff_alpha, one.coders.len()), (0, None, 1));
        // one project holding two coders' tags keeps them apart
        let (n, both) = project("both", &[(0, 0, Some("Support"), "ann"), (0, 0, Some("Oppose"), "bob")]);
        let a = agreement_of(&[(n.as_str(), &both)]);
        assert_eq!((a.coders.len(), a.all.units), (2, 1));
        close(a.all.percent_agreement, 0.0);
        // the same coder twice on a unit: the first tag counts
        let (n, twice) = project("twice", &[(0, 0, Some("Support"), "ann"), (0, 0, Some("Oppose"), "ann")]);
        let r = Reliability::of_projects(&[(n.as_str(), &twice)]);
        assert_eq!((r.units(), r.repeated, r.row(0)), (1, 1, &[Some(0)][..]));
    }

    #[test]
    fn agreement_over_100000_units_and_three_coders_is_fast() {
        let docs: Vec<String> = (0..1000).map(|d| format!("doc{d}")).collect();
        let tags = synthetic_tags(&docs, 100_000);
        let start = std::time::Instant::now();
        let data = Reliability::from_tags(&[], tags.iter().copied());
        let a = data.agreement();
        let took = start.elapsed();
        eprintln!(
            "agreement of 100,000 units × 3 coders ({} tags, {} documents): {took:?} (this build's profile)",
            tags.len(),
            a.per_document.len()
        );
        assert_eq!(a.all.units, 100_000);
        assert!(a.all.krippendorff_alpha.is_some_and(|x| x > 0.5 && x < 1.0));
        assert_eq!(a.all.pairs.len(), 3);
        assert!(took.as_secs() < 10, "{took:?}");
    }
}
