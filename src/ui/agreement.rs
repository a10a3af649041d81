//! Analysis ▸ Agreement…: how far the project's coders agree on the stance of the same
//! statements. The figures are computed on the saver thread's copy of the project (never on the
//! GUI thread) and again after every change while the window is open; "—" stands where a figure
//! is undefined.

use std::sync::Arc;

use egui::{Grid, RichText, Ui};

use crate::analysis::agreement::{Agreement, Figures};

/// The agreement window's data and controls (transient).
#[derive(Debug, Default)]
pub struct AgreementState {
    /// The window is open.
    pub open: bool,
    /// The figures shown, and the desk revision they were computed from.
    data: Option<(Arc<Agreement>, u64)>,
    /// The pair of coders whose confusion matrix is shown (index into the pairs).
    pub pair: usize,
}

impl AgreementState {
    /// Whether the figures shown are older than the project (`revision`), or there are none.
    pub fn stale(&self, revision: u64) -> bool {
        self.data.as_ref().is_none_or(|(_, r)| *r != revision)
    }

    /// The figures shown, if any.
    pub fn data(&self) -> Option<&Agreement> {
        self.data.as_ref().map(|(a, _)| a.as_ref())
    }

    /// Shows freshly computed figures (results older than the ones shown are dropped).
    pub fn set(&mut self, agreement: Arc<Agreement>, revision: u64) {
        if self.data.as_ref().is_some_and(|(_, r)| *r > revision) {
            return;
        }
        if self.pair >= agreement.all.pairs.len() {
            self.pair = 0;
        }
        self.data = Some((agreement, revision));
    }
}

/// A coefficient with three decimals, "—" when undefined.
fn coef(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), |x| format!("{x:.3}"))
}

/// A percentage with one decimal, "—" when undefined.
fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), |x| format!("{x:.1} %"))
}

/// The Agreement window (open while `state.open`); `stale` when the figures shown are older
/// than the project (a new computation is on its way).
pub fn agreement_ui(ctx: &egui::Context, state: &mut AgreementState, stale: bool) {
    if !state.open {
        return;
    }
    let mut open = true;
    let height = ctx.content_rect().height();
    egui::Window::new("Agreement between coders")
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(egui::pos2(ctx.content_rect().center().x, 60.0))
        .default_width(560.0)
        .default_height(height * 0.75)
        .max_height(height * 0.85)
        .show(ctx, |ui| {
            let Some((data, _)) = state.data.clone() else {
                ui.label("computing…");
                return;
            };
            if stale {
                ui.label(RichText::new("updating…").weak());
            }
            egui::ScrollArea::vertical().auto_shrink([false, true]).show(ui, |ui| {
                summary_ui(ui, &data);
                pairs_ui(ui, &data);
                confusion_ui(ui, &data, &mut state.pair);
                breakdown_ui(ui, &data);
            });
        });
    state.open = open && !ctx.input(|i| i.key_pressed(egui::Key::Escape));
}

/// Units, coders and the three overall figures.
fn summary_ui(ui: &mut Ui, a: &Agreement) {
    Grid::new("agreement_summary").num_columns(2).spacing([16.0, 4.0]).show(ui, |ui| {
        ui.label("Coders");
        ui.label(if a.coders.is_empty() { "none".to_owned() } else { a.coders.join(", ") });
        ui.end_row();
        ui.label("Units").on_hover_text("statements tagged by at least two coders");
        ui.label(format!("{} (tagged by every coder: {})", a.all.units, a.all.fleiss_units));
        ui.end_row();
        ui.label("Krippendorff's α").on_hover_text("nominal; untagged is a missing value");
        ui.label(RichText::new(coef(a.all.krippendorff_alpha)).strong());
        ui.end_row();
        ui.label("Fleiss' κ").on_hover_text("over the statements tagged by every coder");
        ui.label(RichText::new(coef(a.all.fleiss_kappa)).strong());
        ui.end_row();
        ui.label("Percent agreement").on_hover_text("pairs of tags on the same statement that are equal");
        ui.label(RichText::new(percent(a.all.percent_agreement)).strong());
        ui.end_row();
    });
    if a.all.units == 0 {
        ui.label(RichText::new("No statement is tagged by two coders yet: merge the coders' projects first.").weak());
    }
}

/// Cohen's κ, agreement and units of each pair of coders.
fn pairs_ui(ui: &mut Ui, a: &Agreement) {
    if a.all.pairs.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new("Pairs of coders").strong());
    Grid::new("agreement_pairs").num_columns(4).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for h in ["pair", "units", "Cohen's κ", "agreement"] {
            ui.label(RichText::new(h).weak());
        }
        ui.end_row();
        for p in &a.all.pairs {
            ui.label(format!("{} / {}", a.coders[p.coders[0]], a.coders[p.coders[1]]));
            ui.label(p.units.to_string());
            ui.label(coef(p.cohen_kappa));
            ui.label(percent(p.percent_agreement));
            ui.end_row();
        }
    });
}

/// The confusion matrix of the pair chosen, over the labels either coder gave.
fn confusion_ui(ui: &mut Ui, a: &Agreement, pair: &mut usize) {
    let Some(p) = a.all.pairs.get(*pair) else { return };
    let name = |p: &crate::analysis::agreement::PairAgreement| {
        format!("{} (rows) × {} (columns)", a.coders[p.coders[0]], a.coders[p.coders[1]])
    };
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new("Confusion matrix").strong());
        let r = egui::ComboBox::from_id_salt("confusion_pair").selected_text(name(p)).show_ui(ui, |ui| {
            for (k, q) in a.all.pairs.iter().enumerate() {
                ui.selectable_value(pair, k, name(q));
            }
        });
        r.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Pair of coders"));
    });
    let used: Vec<usize> = (0..a.labels.len())
        .filter(|&l| p.confusion[l].iter().any(|&c| c > 0) || p.confusion.iter().any(|r| r[l] > 0))
        .collect();
    if used.is_empty() {
        ui.label(RichText::new("no statement tagged by both").weak());
        return;
    }
    Grid::new("agreement_confusion").num_columns(used.len() + 1).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
        ui.label("");
        for &l in &used {
            ui.label(RichText::new(&a.labels[l]).weak());
        }
        ui.end_row();
        for &l in &used {
            ui.label(RichText::new(&a.labels[l]).weak());
            for &m in &used {
                let n = p.confusion[l][m];
                let t = RichText::new(n.to_string());
                ui.label(if l == m && n > 0 { t.strong() } else { t });
            }
            ui.end_row();
        }
    });
}

/// α, Fleiss' κ and agreement per label (against the others) and per document.
fn breakdown_ui(ui: &mut Ui, a: &Agreement) {
    if !a.per_label.is_empty() {
        ui.separator();
        ui.label(RichText::new("Per label (against the others)").strong());
        let rows = a.per_label.iter().map(|(l, f)| (a.labels[*l as usize].as_str(), f));
        figures_grid_ui(ui, "agreement_labels", rows);
    }
    if a.per_document.iter().any(|f| f.units > 0) {
        ui.separator();
        ui.label(RichText::new("Per document").strong());
        let rows = a.documents.iter().zip(&a.per_document).filter(|(_, f)| f.units > 0).map(|(d, f)| (d.as_str(), f));
        figures_grid_ui(ui, "agreement_documents", rows);
    }
}

fn figures_grid_ui<'a>(ui: &mut Ui, id: &str, rows: impl Iterator<Item = (&'a str, &'a Figures)>) {
    Grid::new(id).num_columns(5).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for h in ["", "units", "α", "Fleiss' κ", "agreement"] {
            ui.label(RichText::new(h).weak());
        }
        ui.end_row();
        for (name, f) in rows {
            // names are kept whole up to a length (a truncated label in a grid shrinks to nothing)
            ui.label(super::filters::short(name, 40)).on_hover_text(name);
            ui.label(f.units.to_string());
            ui.label(coef(f.krippendorff_alpha));
            ui.label(coef(f.fleiss_kappa));
            ui.label(percent(f.percent_agreement));
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undefined_figures_show_a_dash_and_older_results_are_dropped() {
        assert_eq!(coef(None), "—");
        assert_eq!(coef(Some(2.0 / 21.0)), "0.095");
        assert_eq!(percent(Some(50.0)), "50.0 %");
        let a = crate::analysis::agreement::Reliability::from_rows(
            vec!["a".into(), "b".into()],
            vec!["x".into(), "y".into()],
            &[vec![Some(0), Some(0)], vec![Some(1), Some(0)]],
        )
        .agreement();
        let mut s = AgreementState::default();
        assert!(s.stale(0));
        s.set(Arc::new(a.clone()), 5);
        assert!(!s.stale(5) && s.stale(6));
        s.set(Arc::new(a), 3);
        assert!(!s.stale(5), "an older result does not replace a newer one");
    }
}
