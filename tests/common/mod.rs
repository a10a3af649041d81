//! A scorer for extraction tests, after the rules of `../shared/tools/score_extraction.py`: texts are
//! normalised (case, quote marks, outer punctuation), pairs score 1.0 when equal else token-overlap
//! F1, quotes match at 0.6 and positions at 0.5, one-to-one, best pairs first; gold entries that are
//! optional or partial quotes inside reported clauses neither count nor cost.

#![allow(dead_code, clippy::unwrap_used, clippy::cast_precision_loss)]

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use stancedesk::model::{Statement, StatementKind};

/// One gold entry.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub kind: String,
    #[serde(default)]
    pub speaker: String,
    pub text: String,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub note: String,
}

/// Counts for one kind.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub speaker_ok: usize,
}

impl Score {
    pub fn f1(&self) -> f64 {
        let p = if self.tp + self.fp == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 };
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    pub fn attributed_f1(&self) -> f64 {
        let p = if self.tp + self.fp == 0 { 0.0 } else { self.speaker_ok as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 0.0 } else { self.speaker_ok as f64 / (self.tp + self.fn_) as f64 };
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    pub fn add(&mut self, o: Score) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.speaker_ok += o.speaker_ok;
    }
}

const QUOTE_CHARS: &str = "\"'“”„‟«»‹›‘’‚‛`´";

fn norm(t: &str) -> String {
    let lower = t.to_lowercase();
    let edge = |c: char| QUOTE_CHARS.contains(c) || c.is_whitespace() || ".,;:!?…—–-()[]".contains(c);
    let trimmed = lower.trim_matches(edge);
    let mapped: String = trimmed.chars().map(|c| if QUOTE_CHARS.contains(c) { '"' } else { c }).collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tokens(t: &str) -> Vec<String> {
    norm(t).split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

fn overlap(a: &str, b: &str) -> f64 {
    let (na, nb) = (norm(a), norm(b));
    if !na.is_empty() && na == nb {
        return 1.0;
    }
    let (ta, tb) = (tokens(a), tokens(b));
    let mut count: HashMap<&str, i64> = HashMap::new();
    for t in &tb {
        *count.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in &ta {
        if let Some(c) = count.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = f64::from(common) / ta.len() as f64;
    let r = f64::from(common) / tb.len() as f64;
    2.0 * p * r / (p + r)
}

fn name_tokens(n: &str) -> Vec<String> {
    const DROP: &[&str] =
        &["mr", "mrs", "ms", "dr", "the", "president", "prime", "minister", "m", "mme", "herr", "frau"];
    tokens(n).into_iter().filter(|t| !DROP.contains(&t.as_str())).collect()
}

/// Whether two speaker names agree: equal, or one's tokens all in the other with the same last.
pub fn same_speaker(pred: &str, gold: &str) -> bool {
    let (a, b) = (name_tokens(pred), name_tokens(gold));
    if a.is_empty() || b.is_empty() {
        return a.is_empty() && b.is_empty();
    }
    if a == b {
        return true;
    }
    let sub = |x: &[String], y: &[String]| x.iter().all(|t| y.contains(t));
    (sub(&a, &b) || sub(&b, &a)) && a.last() == b.last()
}

/// Scores predicted statements of one document against its gold, per kind.
pub fn score(pred: &[Statement], gold: &[Gold]) -> (Score, Score, Vec<String>) {
    let mut log = Vec::new();
    let mut out = [Score::default(), Score::default()];
    for (ki, (kind, name, threshold)) in
        [(StatementKind::Quote, "quote", 0.6), (StatementKind::Position, "position", 0.5)].into_iter().enumerate()
    {
        let golds: Vec<&Gold> = gold.iter().filter(|g| g.kind == name).collect();
        let preds: Vec<&Statement> = pred.iter().filter(|p| p.kind == kind).collect();
        let mut pairs = Vec::new();
        for (i, p) in preds.iter().enumerate() {
            for (j, g) in golds.iter().enumerate() {
                let s = overlap(&p.text, &g.text);
                if s >= threshold {
                    pairs.push((s, i, j));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let (mut used_p, mut used_g) = (vec![false; preds.len()], vec![false; golds.len()]);
        let sc = &mut out[ki];
        for (_, i, j) in pairs {
            if used_p[i] || used_g[j] {
                continue;
            }
            used_p[i] = true;
            used_g[j] = true;
            let g = golds[j];
            if g.optional || g.note.contains("partial quote") {
                continue;
            }
            sc.tp += 1;
            if same_speaker(&preds[i].speaker, &g.speaker) {
                sc.speaker_ok += 1;
            } else {
                log.push(format!("speaker {:?} should be {:?} for {:?}", preds[i].speaker, g.speaker, g.text));
            }
        }
        for (j, g) in golds.iter().enumerate() {
            if !used_g[j] && !g.optional && !g.note.contains("partial quote") {
                sc.fn_ += 1;
                log.push(format!("missed {name} {:?}", g.text));
            }
        }
        for (i, p) in preds.iter().enumerate() {
            if !used_p[i] {
                sc.fp += 1;
                log.push(format!("spurious {name} {:?}", p.text));
            }
        }
    }
    (out[0], out[1], log)
}

/// Reads a gold file.
pub fn read_gold(path: &Path) -> Vec<Gold> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
