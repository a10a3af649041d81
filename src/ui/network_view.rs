//! The network view of the overview: the most active actors as nodes sized by their tagged
//! statements, edges coloured by congruence (green) or conflict (red), laid out by a
//! force-directed layout ([`ForceLayout`]) that runs a step per frame until it settles. Nodes can
//! be dragged; a click on a node shows that actor's statements.

use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2, vec2};

use crate::analysis::layout::ForceLayout;
use crate::analysis::network::{NetworkKind, Normalization};
use crate::analysis::{Overview, OverviewNetwork};
use crate::desk::table::Filter;

/// Congruence green.
const AGREE: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
/// Conflict red.
const DISAGREE: Color32 = Color32::from_rgb(0xc6, 0x28, 0x28);
/// Names drawn without hovering: the most active nodes.
const LABELLED: usize = 40;

/// The network view's choices, layout and edges (transient).
#[derive(Debug)]
pub struct NetworkState {
    /// Which network the edges show.
    pub kind: NetworkKind,
    /// Their normalisation.
    pub normalization: Normalization,
    /// Node positions.
    pub layout: ForceLayout,
    /// The actors laid out (their names, in the overview's order).
    names: Vec<String>,
    /// Edges (a, b, weight) for the kind and normalisation chosen, and what they were made for.
    edges: Vec<(u32, u32, f64)>,
    edges_for: Option<(NetworkKind, Normalization)>,
    /// Edges as (a, b, strength 0..1) for the layout: agreement pulls (the congruence network,
    /// whatever the edges show).
    pull: Vec<(u32, u32, f32)>,
    /// The node being dragged.
    dragging: Option<usize>,
    /// The part of the layout the view shows (min x, min y, max x, max y): the nodes' bounding
    /// box, kept still while a node is dragged.
    view_box: [f32; 4],
    /// The network File ▸ Export ▸ Network writes.
    pub export_kind: NetworkKind,
    /// Its normalisation.
    pub export_normalization: Normalization,
}

impl Default for NetworkState {
    fn default() -> Self {
        Self {
            kind: NetworkKind::Subtract,
            normalization: Normalization::Average,
            layout: ForceLayout::new(0),
            names: Vec::new(),
            edges: Vec::new(),
            edges_for: None,
            pull: Vec::new(),
            dragging: None,
            view_box: [-1.0, -1.0, 1.0, 1.0],
            export_kind: NetworkKind::Congruence,
            export_normalization: Normalization::None,
        }
    }
}

impl NetworkState {
    /// A new overview came: the actors keep their places, new ones join, edges are remade.
    pub fn data_changed(&mut self, net: &OverviewNetwork) {
        let old: std::collections::HashMap<&str, [f32; 2]> =
            self.names.iter().map(String::as_str).zip(self.layout.pos.iter().copied()).collect();
        let mut layout = ForceLayout::new(net.actors.len());
        let mut kept = 0;
        for (p, name) in layout.pos.iter_mut().zip(&net.actors) {
            if let Some(q) = old.get(name.as_str()) {
                *p = *q;
                kept += 1;
            }
        }
        if kept > 0 {
            layout.stir();
        }
        self.layout = layout;
        self.names.clone_from(&net.actors);
        self.edges_for = None;
        self.dragging = None;
        let cong = net.edges(NetworkKind::Congruence, Normalization::Average);
        let max = cong.iter().map(|e| e.2).fold(0.0f64, f64::max).max(1e-9);
        self.pull = cong.into_iter().map(|(a, b, w)| (a, b, (w / max) as f32)).collect();
    }

    fn edges(&mut self, net: &OverviewNetwork) -> &[(u32, u32, f64)] {
        let key = (self.kind, self.normalization);
        if self.edges_for != Some(key) {
            self.edges = net.edges(self.kind, self.normalization);
            self.edges_for = Some(key);
        }
        &self.edges
    }

    /// One layout step (a benchmark drives this without a GUI).
    pub fn step(&mut self) {
        self.layout.step(&self.pull, self.dragging);
    }
}

/// The network tab: choices, then the drawing.
pub fn network_ui(ui: &mut Ui, o: &Overview, state: &mut NetworkState, shown: &mut Option<Filter>) {
    let net = &o.network;
    ui.horizontal_wrapped(|ui| {
        ui.label("Edges");
        egui::ComboBox::from_id_salt("network_kind").selected_text(state.kind.name()).show_ui(ui, |ui| {
            for k in [NetworkKind::Subtract, NetworkKind::Congruence, NetworkKind::Conflict] {
                ui.selectable_value(&mut state.kind, k, k.name());
            }
        });
        ui.label("Normalisation");
        egui::ComboBox::from_id_salt("network_norm").selected_text(state.normalization.name()).show_ui(ui, |ui| {
            for n in Normalization::ALL {
                ui.selectable_value(&mut state.normalization, n, n.name());
            }
        });
        ui.separator();
        swatch(ui, AGREE, "congruence");
        swatch(ui, DISAGREE, "conflict");
        ui.separator();
        let shown_of = if net.all_actors > net.actors.len() {
            format!("the {} most active of {} actors", net.actors.len(), net.all_actors)
        } else {
            format!("{} actors", net.actors.len())
        };
        ui.label(
            RichText::new(format!("{shown_of}; size = tagged statements; drag a node, click it for its statements"))
                .weak(),
        );
    });
    if net.actors.is_empty() {
        ui.label("No actor has tagged statements on a target yet.");
        return;
    }
    if state.names != net.actors {
        state.data_changed(net);
    }
    let (rect, _) = ui.allocate_exact_size(ui.available_size().max(vec2(200.0, 200.0)), Sense::hover());
    let edges = state.edges(net).to_vec();
    draw(ui, rect, net, state, &edges, shown);
    if !state.layout.settled() || state.dragging.is_some() {
        state.step();
        ui.ctx().request_repaint();
    }
}

fn swatch(ui: &mut Ui, color: Color32, label: &str) {
    let (r, _) = ui.allocate_exact_size(vec2(18.0, 4.0), Sense::hover());
    ui.painter().rect_filled(r, 1.0, color);
    ui.label(label);
}

/// The drawing area inside `rect`: a margin for names and the largest nodes.
fn inner(rect: Rect) -> Rect {
    rect.shrink2(vec2(90.0, 28.0))
}

/// Screen position of a layout position: the view box fills the drawing area.
fn to_screen(rect: Rect, b: [f32; 4], p: [f32; 2]) -> Pos2 {
    let r = inner(rect);
    let (w, h) = ((b[2] - b[0]).max(1e-3), (b[3] - b[1]).max(1e-3));
    Pos2::new(r.left() + (p[0] - b[0]) / w * r.width(), r.top() + (p[1] - b[1]) / h * r.height())
}

/// The bounding box of the positions.
fn bounds(pos: &[[f32; 2]]) -> [f32; 4] {
    pos.iter().fold([f32::MAX, f32::MAX, f32::MIN, f32::MIN], |b, p| {
        [b[0].min(p[0]), b[1].min(p[1]), b[2].max(p[0]), b[3].max(p[1])]
    })
}

fn draw(
    ui: &Ui,
    rect: Rect,
    net: &OverviewNetwork,
    state: &mut NetworkState,
    edges: &[(u32, u32, f64)],
    shown: &mut Option<Filter>,
) {
    if state.dragging.is_none() {
        state.view_box = bounds(&state.layout.pos);
    }
    let vb = state.view_box;
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    let max_w = edges.iter().map(|e| e.2.abs()).fold(0.0f64, f64::max).max(1e-9);
    let conflict_only = state.kind == NetworkKind::Conflict;
    for &(a, b, w) in edges {
        let (pa, pb) =
            (to_screen(rect, vb, state.layout.pos[a as usize]), to_screen(rect, vb, state.layout.pos[b as usize]));
        let color = if w < 0.0 || conflict_only { DISAGREE } else { AGREE };
        let t = (w.abs() / max_w) as f32;
        painter.line_segment([pa, pb], Stroke::new(0.5 + 3.5 * t, color.gamma_multiply(0.25 + 0.6 * t)));
    }
    let max_n = net.statements.iter().copied().max().unwrap_or(1).max(1) as f32;
    let font = FontId::proportional(12.0);
    for (i, name) in net.actors.iter().enumerate() {
        let center = to_screen(rect, vb, state.layout.pos[i]);
        let radius = 4.0 + 12.0 * (net.statements[i] as f32 / max_n).sqrt();
        let hit = Rect::from_center_size(center, Vec2::splat(2.0 * radius + 4.0));
        let resp = ui.interact(hit, ui.scope_id().with(("node", i)), Sense::click_and_drag());
        let label = format!("Node {name}");
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        node_drag(&resp, rect, state, i);
        let hot = resp.hovered() || state.dragging == Some(i);
        painter.circle_filled(
            center,
            radius,
            if hot { ui.visuals().selection.bg_fill } else { Color32::from_rgb(0x45, 0x5a, 0x64) },
        );
        painter.circle_stroke(center, radius, Stroke::new(1.0, ui.visuals().panel_fill));
        if i < LABELLED || hot {
            painter.text(
                center + vec2(radius + 3.0, 0.0),
                Align2::LEFT_CENTER,
                name,
                font.clone(),
                ui.visuals().text_color(),
            );
        }
        let resp = resp
            .on_hover_text(format!("{name}: {} tagged statements; click for them, drag to move", net.statements[i]));
        if resp.clicked() {
            *shown = Some(Filter { speaker: Some(name.clone()), ..Filter::default() });
        }
    }
}

/// Moves a dragged node with the pointer; the layout settles around it.
fn node_drag(resp: &egui::Response, rect: Rect, state: &mut NetworkState, i: usize) {
    if resp.drag_started() {
        state.dragging = Some(i);
        state.layout.stir();
    }
    if resp.dragged() && state.dragging == Some(i) {
        let (r, b) = (inner(rect), state.view_box);
        let d = resp.drag_delta();
        let p = &mut state.layout.pos[i];
        p[0] = (p[0] + d.x * (b[2] - b[0]) / r.width().max(1.0)).clamp(-1.0, 1.0);
        p[1] = (p[1] + d.y * (b[3] - b[1]) / r.height().max(1.0)).clamp(-1.0, 1.0);
        state.layout.stir();
    }
    if resp.drag_stopped() && state.dragging == Some(i) {
        state.dragging = None;
    }
}
