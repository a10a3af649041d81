//! The overview (Ctrl+2): who stands where on what and who sides with whom, from the tags.
//!
//! Four tabs over an [`Overview`] computed off the GUI thread: the actor × target matrix (a click
//! on a cell shows exactly its statements), the stance over time, each actor's figures, and the
//! actor network ([`super::network_view`]). Only visible cells and rows are drawn.

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, StrokeKind, Ui, Vec2, vec2};
use egui_extras::{Column as TableColumn, TableBuilder};

use super::network_view::{self, NetworkState};
use super::{Action, Main, ViewState, color_of};
use crate::analysis::matrix::{Matrix, Order};
use crate::analysis::timeline::{Bars, Granularity};
use crate::analysis::{Labels, Overview};
use crate::desk::table::Filter;
use crate::desk::{Command, Desk};

/// A tab of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The actor × target matrix.
    #[default]
    Matrix,
    /// Stance over time.
    Time,
    /// Each actor's figures.
    Actors,
    /// The actor network.
    Network,
}

impl Tab {
    const ALL: [Self; 4] = [Self::Matrix, Self::Time, Self::Actors, Self::Network];

    fn title(self) -> &'static str {
        match self {
            Self::Matrix => "Actors × targets",
            Self::Time => "Stance over time",
            Self::Actors => "Actors",
            Self::Network => "Network",
        }
    }
}

/// The overview's data and controls (transient).
#[derive(Debug, Default)]
pub struct OverviewState {
    /// The overview shown, and the desk revision it was computed from.
    data: Option<(Arc<Overview>, u64)>,
    /// The tab shown.
    pub tab: Tab,
    /// Row order of the matrix.
    pub rows: Order,
    /// Column order of the matrix.
    pub columns: Order,
    /// Bar width chosen (`None`: from the date range).
    pub granularity: Option<Granularity>,
    /// The target of the time chart (`None`: all).
    pub time_target: Option<u32>,
    /// The network view.
    pub network: NetworkState,
    /// Row and column orders as indices, for the data shown.
    order_cache: Option<(Order, Order, Vec<u32>, Vec<u32>)>,
    /// Bars for (target, granularity asked).
    bars_cache: Option<(Option<u32>, Granularity, Granularity, Bars)>,
}

impl OverviewState {
    /// Whether the overview shown is older than the project (`revision`), or there is none.
    pub fn stale(&self, revision: u64) -> bool {
        self.data.as_ref().is_none_or(|(_, r)| *r != revision)
    }

    /// The overview shown, if any.
    pub fn data(&self) -> Option<&Overview> {
        self.data.as_ref().map(|(o, _)| o.as_ref())
    }

    /// Shows a freshly computed overview (results older than the one shown are dropped).
    pub fn set(&mut self, overview: Arc<Overview>, revision: u64) {
        if self.data.as_ref().is_some_and(|(_, r)| *r > revision) {
            return;
        }
        if self.time_target.is_some_and(|t| t as usize >= overview.timeline.targets.len()) {
            self.time_target = None;
        }
        self.network.data_changed(&overview.network);
        self.order_cache = None;
        self.bars_cache = None;
        self.data = Some((overview, revision));
    }

    fn orders(&mut self, m: &Matrix) -> (Vec<u32>, Vec<u32>) {
        match &self.order_cache {
            Some((r, c, rows, cols)) if *r == self.rows && *c == self.columns => (rows.clone(), cols.clone()),
            _ => {
                let (rows, cols) = (m.rows(self.rows), m.columns(self.columns));
                self.order_cache = Some((self.rows, self.columns, rows.clone(), cols.clone()));
                (rows, cols)
            }
        }
    }
}

/// The overview in the main area.
pub fn overview_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let revision = desk.state().revision();
    let state = &mut view.overview;
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            ui.selectable_value(&mut state.tab, tab, RichText::new(tab.title()).strong());
        }
        ui.separator();
        match state.data() {
            Some(o) => {
                let share = if o.statements == 0 { 0.0 } else { o.tagged as f32 * 100.0 / o.statements as f32 };
                ui.label(format!("{} statements, {} tagged ({share:.0} %)", o.statements, o.tagged));
            }
            None => {
                ui.label("computing the overview…");
            }
        }
        if state.data.is_some() && state.stale(revision) {
            ui.spinner();
            ui.label(RichText::new("updating…").weak());
        }
    });
    ui.separator();
    let Some(data) = state.data.as_ref().map(|(o, _)| Arc::clone(o)) else {
        ui.spinner();
        return;
    };
    let mut shown = None;
    match state.tab {
        Tab::Matrix => matrix_tab(ui, &data, state, &mut shown),
        Tab::Time => time_tab(ui, &data, state),
        Tab::Actors => actors_tab(ui, &data, &mut shown),
        Tab::Network => network_view::network_ui(ui, &data, &mut state.network, &mut shown),
    }
    if let Some(mut filter) = shown {
        // the overview counts actors, a speaker under any of its names
        if let Some(name) = filter.speaker.take() {
            filter.actor = Some(crate::desk::table::ActorFilter::of(desk.project(), &name));
        }
        show_statements(view, filter, out);
    }
}

/// Switches to the statements, filtered.
fn show_statements(view: &mut ViewState, filter: Filter, out: &mut Vec<Action>) {
    view.filter_text.clear();
    view.main = Main::Statements;
    out.push(Action::Desk(Command::Filter(filter)));
}

/// The filter of one actor (and target).
fn filter_of(actor: Option<&str>, target: Option<&str>) -> Filter {
    Filter { speaker: actor.map(str::to_owned), target: target.map(str::to_owned), ..Filter::default() }
}

/// The colour of a net stance: red for −, grey for 0, green for +, stronger as it nears the end
/// of the scale.
pub fn net_color(net: f64, scale: f64) -> Color32 {
    let t = (net / scale.max(1e-9)).clamp(-1.0, 1.0) as f32;
    let grey = Color32::from_rgb(0xe6, 0xe6, 0xe6);
    let end = if t < 0.0 { Color32::from_rgb(0xc6, 0x28, 0x28) } else { Color32::from_rgb(0x2e, 0x7d, 0x32) };
    grey.lerp_to_gamma(end, t.abs())
}

/// Black or white, whichever reads on `fill`.
fn text_on(fill: Color32) -> Color32 {
    let l = 0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
    if l > 150.0 { Color32::BLACK } else { Color32::WHITE }
}

/// The largest absolute value on the agreement scale (1 with the default codebook).
fn scale_of(labels: &Labels) -> f64 {
    labels.values.iter().flatten().fold(0.0f64, |m, v| m.max(v.abs())).max(1e-9)
}

/// The split per label, one line each, for hover texts.
fn split_text(labels: &Labels, counts: &[u32]) -> String {
    labels
        .names
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(l, n)| format!("{l}: {n}"))
        .collect::<Vec<_>>()
        .join("\n")
}

const CELL: Vec2 = vec2(64.0, 24.0);
const HEADER_H: f32 = 56.0;
const NAME_W: f32 = 180.0;

fn matrix_tab(ui: &mut Ui, o: &Overview, state: &mut OverviewState, shown: &mut Option<Filter>) {
    let m = &o.matrix;
    ui.horizontal_wrapped(|ui| {
        order_combo(ui, "matrix_rows", "Rows", &mut state.rows);
        order_combo(ui, "matrix_columns", "Columns", &mut state.columns);
        ui.separator();
        legend(ui, &o.labels);
        ui.separator();
        ui.label(RichText::new("Click a cell for its statements, a name for all of them.").weak());
    });
    if m.actors.is_empty() {
        ui.label(
            "No statement has both a speaker and a target yet: give statements a target (key T) to see the matrix.",
        );
        return;
    }
    let (rows, cols) = state.orders(m);
    let scale = scale_of(&o.labels);
    let size = vec2(NAME_W + CELL.x * cols.len() as f32, HEADER_H + CELL.y * rows.len() as f32);
    egui::ScrollArea::both().id_salt("matrix_scroll").auto_shrink(false).show_viewport(ui, |ui, viewport| {
        ui.set_min_size(size);
        let origin = ui.max_rect().min;
        let visible = Rect::from_min_size(origin + viewport.min.to_vec2(), viewport.size());
        let grid = Grid { origin, visible, rows: &rows, cols: &cols };
        let r0 = count_of(((viewport.min.y - HEADER_H) / CELL.y).floor());
        let r1 = (count_of(((viewport.max.y - HEADER_H) / CELL.y).ceil()) + 1).min(rows.len());
        let c0 = count_of(((viewport.min.x - NAME_W) / CELL.x).floor());
        let c1 = (count_of(((viewport.max.x - NAME_W) / CELL.x).ceil()) + 1).min(cols.len());
        for r in r0..r1 {
            for c in c0..c1 {
                matrix_cell(ui, o, &grid, (r, c), scale, shown);
            }
        }
        matrix_headers(ui, m, &grid, (r0..r1, c0..c1), shown);
    });
}

/// A whole number of rows, columns or bars from a float (0 for negatives and NaN).
#[allow(clippy::cast_sign_loss)]
fn count_of(x: f32) -> usize {
    if x > 0.0 { x as usize } else { 0 }
}

/// Where the matrix is on screen and its row and column order.
struct Grid<'a> {
    origin: Pos2,
    visible: Rect,
    rows: &'a [u32],
    cols: &'a [u32],
}

impl Grid<'_> {
    fn cell_rect(&self, r: usize, c: usize) -> Rect {
        let min = self.origin + vec2(NAME_W + CELL.x * c as f32, HEADER_H + CELL.y * r as f32);
        Rect::from_min_size(min, CELL)
    }
}

fn matrix_cell(ui: &Ui, o: &Overview, g: &Grid<'_>, (r, c): (usize, usize), scale: f64, shown: &mut Option<Filter>) {
    let (a, t) = (g.rows[r], g.cols[c]);
    let Some(cell) = o.matrix.cell(a, t) else { return };
    let rect = g.cell_rect(r, c).shrink(1.0);
    let fill = match cell.net {
        Some(net) => net_color(net, scale),
        None => ui.visuals().faint_bg_color,
    };
    let p = ui.painter();
    p.rect_filled(rect, 2.0, fill);
    let text = cell.statements.to_string();
    let color = if cell.net.is_some() { text_on(fill) } else { ui.visuals().weak_text_color() };
    p.text(rect.center(), Align2::CENTER_CENTER, text, FontId::proportional(13.0), color);
    let (actor, target) = (&o.matrix.actors[a as usize], &o.matrix.targets[t as usize]);
    let id = ui.scope_id().with(("matrix_cell", a, t));
    let resp = ui.interact(rect, id, Sense::click());
    let name = format!("{actor} × {target}: {} statements", cell.statements);
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let net = cell.net.map_or_else(|| "no statement tagged".to_owned(), |n| format!("net stance {n:+.2}"));
    let split = split_text(&o.labels, &cell.counts);
    let untagged = cell.statements - cell.tagged;
    let resp = resp.on_hover_text(format!(
        "{actor} on {target}\n{} statements, {} tagged, {untagged} untagged; {net}\n{split}",
        cell.statements, cell.tagged
    ));
    if resp.clicked() {
        *shown = Some(filter_of(Some(actor), Some(target)));
    }
}

fn matrix_headers(
    ui: &Ui,
    m: &Matrix,
    g: &Grid<'_>,
    (rows, cols): (std::ops::Range<usize>, std::ops::Range<usize>),
    shown: &mut Option<Filter>,
) {
    let bg = ui.visuals().panel_fill;
    let p = ui.painter();
    let top = g.visible.min.y;
    let left = g.visible.min.x;
    let font = FontId::proportional(12.5);
    // row names, sticky on the left
    p.rect_filled(Rect::from_min_size(Pos2::new(left, g.visible.min.y), vec2(NAME_W, g.visible.height())), 0.0, bg);
    for r in rows {
        let a = g.rows[r] as usize;
        let y = g.cell_rect(r, 0).min.y;
        let rect = Rect::from_min_size(Pos2::new(left, y), vec2(NAME_W - 4.0, CELL.y));
        let label = format!("{}  ({})", m.actors[a], m.actor_totals[a]);
        header_button(ui, rect, &label, Align2::LEFT_CENTER, &font, ("row", a)).then(|| {
            *shown = Some(filter_of(Some(&m.actors[a]), None));
        });
    }
    // target names, sticky on top
    p.rect_filled(Rect::from_min_size(g.visible.min, vec2(g.visible.width(), HEADER_H)), 0.0, bg);
    for c in cols {
        let t = g.cols[c] as usize;
        let x = g.cell_rect(0, c).min.x;
        let rect = Rect::from_min_size(Pos2::new(x, top), vec2(CELL.x, HEADER_H));
        let label = format!("{}\n({})", m.targets[t], m.target_totals[t]);
        header_button(ui, rect, &label, Align2::CENTER_BOTTOM, &font, ("col", t)).then(|| {
            *shown = Some(filter_of(None, Some(&m.targets[t])));
        });
    }
    p.rect_filled(Rect::from_min_size(g.visible.min, vec2(NAME_W, HEADER_H)), 0.0, bg);
    p.text(
        g.visible.min + vec2(4.0, HEADER_H - 4.0),
        Align2::LEFT_BOTTOM,
        "actor \\ target",
        font,
        ui.visuals().weak_text_color(),
    );
}

/// A name in the matrix's margin: clipped to its box, the whole name on hover; true when clicked.
fn header_button(ui: &Ui, rect: Rect, label: &str, align: Align2, font: &FontId, salt: (&str, usize)) -> bool {
    let resp = ui.interact(rect, ui.scope_id().with(salt), Sense::click());
    let color = if resp.hovered() { ui.visuals().strong_text_color() } else { ui.visuals().text_color() };
    let galley = ui.painter().layout(label.to_owned(), font.clone(), color, rect.width());
    let pos = align.align_size_within_rect(galley.size(), rect).min;
    ui.painter().with_clip_rect(rect.intersect(ui.clip_rect())).galley(pos, galley, color);
    let name = label.replace('\n', " ");
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    resp.on_hover_text(format!("{name}: click for the statements")).clicked()
}

fn order_combo(ui: &mut Ui, id: &str, label: &str, order: &mut Order) {
    let text = |o: Order| if o == Order::Activity { "by activity" } else { "by name" };
    ui.label(label);
    egui::ComboBox::from_id_salt(id).selected_text(text(*order)).show_ui(ui, |ui| {
        ui.selectable_value(order, Order::Activity, text(Order::Activity));
        ui.selectable_value(order, Order::Name, text(Order::Name));
    });
}

/// The colour scale of the net stance.
fn legend(ui: &mut Ui, labels: &Labels) {
    let scale = scale_of(labels);
    ui.label("net stance");
    for k in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let (rect, _) = ui.allocate_exact_size(vec2(26.0, 16.0), Sense::hover());
        let fill = net_color(k * scale, scale);
        ui.painter().rect_filled(rect, 2.0, fill);
        ui.painter().text(
            rect.center(),
            Align2::CENTER_CENTER,
            if k == 0.0 { "0".to_owned() } else { format!("{:+}", k * scale) },
            FontId::proportional(10.0),
            text_on(fill),
        );
    }
    ui.label(RichText::new("(sum of label values / tagged; Support +1, Oppose −1)").weak())
        .on_hover_text("Set the values in Edit ▸ Codebook…; white cells have no tagged statement.");
}

fn time_tab(ui: &mut Ui, o: &Overview, state: &mut OverviewState) {
    let tl = &o.timeline;
    let auto = tl.default_granularity();
    let asked = state.granularity.unwrap_or(auto);
    ui.horizontal_wrapped(|ui| {
        let name = |t: Option<u32>| t.and_then(|t| tl.targets.get(t as usize)).map_or("All targets", String::as_str);
        ui.label("Target");
        egui::ComboBox::from_id_salt("time_target").selected_text(name(state.time_target)).show_ui(ui, |ui| {
            ui.selectable_value(&mut state.time_target, None, "All targets");
            for t in 0..tl.targets.len() as u32 {
                ui.selectable_value(&mut state.time_target, Some(t), name(Some(t)));
            }
        });
        ui.separator();
        ui.label("Bars per");
        for g in Granularity::ALL {
            let text = if g == auto { format!("{} (fits the range)", g.name()) } else { g.name().to_owned() };
            if ui.selectable_label(asked == g, text).clicked() {
                state.granularity = Some(g);
            }
        }
        ui.separator();
        label_legend(ui, &o.labels);
    });
    let key = (state.time_target, asked);
    if state.bars_cache.as_ref().is_none_or(|c| (c.0, c.1) != key) {
        let (used, bars) = tl.bars(state.time_target, asked);
        state.bars_cache = Some((key.0, key.1, used, bars));
    }
    let Some((_, _, used, bars)) = &state.bars_cache else { return };
    let undated: u32 = bars.undated.iter().sum();
    let split = split_text(&o.labels, &bars.undated).replace('\n', ", ");
    ui.label(format!(
        "Tagged statements per {} by their document's date; without a date: {undated}{}",
        used.name(),
        if undated > 0 { format!(" ({split})") } else { String::new() }
    ));
    if bars.starts.is_empty() {
        ui.label("No tagged statement has a dated document.");
        return;
    }
    bar_chart(ui, &o.labels, bars, *used);
}

/// One square per label with its name.
fn label_legend(ui: &mut Ui, labels: &Labels) {
    for (name, color) in labels.names.iter().zip(&labels.colors) {
        let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
        ui.painter().rect_filled(rect, 2.0, color_of(color));
        ui.label(name);
    }
}

/// Stacked bars, painted: a y axis with a few round ticks, dates under some bars.
fn bar_chart(ui: &mut Ui, labels: &Labels, bars: &Bars, g: Granularity) {
    let avail = ui.available_size();
    let (rect, _) = ui.allocate_exact_size(vec2(avail.x, avail.y.max(160.0)), Sense::hover());
    let plot = Rect::from_min_max(rect.min + vec2(44.0, 8.0), rect.max - vec2(8.0, 36.0));
    let p = ui.painter_at(rect);
    let max = bars.max_total().max(1);
    let step = nice_step(max);
    let weak = ui.visuals().weak_text_color();
    let y_of = |v: f32| plot.bottom() - plot.height() * v / max as f32;
    let mut tick = 0;
    while tick <= max {
        let y = y_of(tick as f32);
        p.line_segment(
            [Pos2::new(plot.left(), y), Pos2::new(plot.right(), y)],
            Stroke::new(0.5, weak.gamma_multiply(0.4)),
        );
        p.text(
            Pos2::new(plot.left() - 4.0, y),
            Align2::RIGHT_CENTER,
            tick.to_string(),
            FontId::proportional(11.0),
            weak,
        );
        tick += step;
    }
    let n = bars.starts.len();
    let w = plot.width() / n as f32;
    let every = count_of((70.0 / w).ceil()).max(1);
    let fmt = if g == Granularity::Month { "%Y-%m" } else { "%Y-%m-%d" };
    for (i, (start, counts)) in bars.starts.iter().zip(&bars.counts).enumerate() {
        let x = plot.left() + w * i as f32;
        let mut base = 0u32;
        for (k, &c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
            let r = Rect::from_min_max(
                Pos2::new(x + w * 0.1, y_of((base + c) as f32)),
                Pos2::new(x + w * 0.9, y_of(base as f32)),
            );
            p.rect_filled(r, 0.0, labels.colors.get(k).map_or(Color32::GRAY, |c| color_of(c)));
            base += c;
        }
        let column = Rect::from_min_max(Pos2::new(x, plot.top()), Pos2::new(x + w, plot.bottom()));
        let hover = ui.interact(column, ui.scope_id().with(("bar", i)), Sense::hover());
        hover.on_hover_text(format!(
            "{} {}: {base} tagged\n{}",
            g.name(),
            start.format(fmt),
            split_text(labels, counts)
        ));
        if i % every == 0 {
            p.text(
                Pos2::new(x + w / 2.0, plot.bottom() + 4.0),
                Align2::CENTER_TOP,
                start.format(fmt).to_string(),
                FontId::proportional(11.0),
                weak,
            );
        }
    }
}

/// A round tick step that gives at most about five ticks up to `max`.
fn nice_step(max: u32) -> u32 {
    let raw = (max / 5).max(1);
    let mag = 10u32.pow(raw.ilog10());
    [1, 2, 5, 10].into_iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(raw)
}

fn actors_tab(ui: &mut Ui, o: &Overview, shown: &mut Option<Filter>) {
    ui.label(RichText::new("Every speaker, most statements first. Click a row for the statements.").weak());
    let labels = &o.labels;
    TableBuilder::new(ui)
        .id_salt("actors_table")
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .column(TableColumn::initial(200.0).at_least(80.0).clip(true))
        .column(TableColumn::initial(80.0))
        .column(TableColumn::initial(80.0))
        .column(TableColumn::initial(220.0).at_least(80.0))
        .column(TableColumn::remainder().at_least(120.0).clip(true))
        .header(20.0, |mut h| {
            for title in ["Actor", "Statements", "Tagged", "Stance split", "Targets"] {
                h.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(22.0, o.actors.len(), |mut row| {
                let a = &o.actors[row.index()];
                row.col(|ui| {
                    ui.add(egui::Label::new(&a.name).truncate().selectable(false));
                });
                row.col(|ui| {
                    ui.label(a.statements.to_string());
                });
                row.col(|ui| {
                    ui.label(a.tagged.to_string());
                });
                row.col(|ui| split_bar(ui, labels, &a.counts));
                row.col(|ui| {
                    let list: Vec<String> = a.targets.iter().take(6).map(|(t, n)| format!("{t} ({n})")).collect();
                    let more =
                        if a.targets.len() > 6 { format!(", … {} more", a.targets.len() - 6) } else { String::new() };
                    ui.add(egui::Label::new(format!("{}{more}", list.join(", "))).truncate().selectable(false));
                });
                if row.response().clicked() {
                    *shown = Some(filter_of(Some(&a.name), None));
                }
            });
        });
}

/// A horizontal bar split by label, its numbers on hover.
fn split_bar(ui: &mut Ui, labels: &Labels, counts: &[u32]) {
    let total: u32 = counts.iter().sum();
    let (rect, resp) = ui.allocate_exact_size(vec2(ui.available_width().min(200.0), 14.0), Sense::hover());
    let p = ui.painter();
    p.rect_stroke(rect, 2.0, Stroke::new(0.5, ui.visuals().weak_text_color()), StrokeKind::Inside);
    if total == 0 {
        return;
    }
    let mut x = rect.left();
    for (k, &c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let w = rect.width() * c as f32 / total as f32;
        let r = Rect::from_min_size(Pos2::new(x, rect.top()), vec2(w, rect.height()));
        p.rect_filled(r, 0.0, labels.colors.get(k).map_or(Color32::GRAY, |c| color_of(c)));
        x += w;
    }
    resp.on_hover_text(split_text(labels, counts));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn net_colours_run_from_red_through_grey_to_green() {
        let red = net_color(-1.0, 1.0);
        let green = net_color(1.0, 1.0);
        assert!(red.r() > red.g() && green.g() > green.r());
        assert_eq!(net_color(0.0, 1.0), Color32::from_rgb(0xe6, 0xe6, 0xe6));
        assert_eq!(net_color(5.0, 1.0), green, "clamped");
        assert_eq!(text_on(Color32::WHITE), Color32::BLACK);
        assert_eq!(text_on(Color32::from_rgb(0x2e, 0x7d, 0x32)), Color32::WHITE);
    }

    #[test]
    fn tick_steps_are_round() {
        assert_eq!(nice_step(3), 1);
        assert_eq!(nice_step(23), 5);
        assert_eq!(nice_step(140), 50);
        assert_eq!(nice_step(9_000), 2_000);
    }
}
