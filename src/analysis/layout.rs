//! A force-directed layout (Fruchterman–Reingold) for the network view: nodes repel each other,
//! edges pull their ends together in proportion to their weight, a weak pull to the centre keeps
//! separate groups in sight. Positions are in the square −1..1; the view scales them.

/// Node positions and the temperature that limits how far a step moves them.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceLayout {
    /// Position of each node.
    pub pos: Vec<[f32; 2]>,
    temperature: f32,
}

/// The lowest temperature: the layout keeps settling gently after a drag.
const MIN_TEMPERATURE: f32 = 0.002;

impl ForceLayout {
    /// `n` nodes on a sunflower spiral (deterministic, no two at the same place).
    pub fn new(n: usize) -> Self {
        let golden = std::f32::consts::PI * (3.0 - 5f32.sqrt());
        let pos = (0..n)
            .map(|i| {
                let r = 0.9 * ((i as f32 + 0.5) / n.max(1) as f32).sqrt();
                let a = i as f32 * golden;
                [r * a.cos(), r * a.sin()]
            })
            .collect();
        Self { pos, temperature: 0.1 }
    }

    /// Whether the layout has come to rest.
    pub fn settled(&self) -> bool {
        self.temperature <= MIN_TEMPERATURE
    }

    /// Warms the layout up again (after a node was dragged).
    pub fn stir(&mut self) {
        self.temperature = self.temperature.max(0.02);
    }

    /// One step: `edges` are (a, b, strength in 0..1); the `pinned` node (being dragged) stays
    /// where it is. O(n²) in the nodes: meant for a few hundred.
    pub fn step(&mut self, edges: &[(u32, u32, f32)], pinned: Option<usize>) {
        let n = self.pos.len();
        if n == 0 {
            return;
        }
        let k = (4.0 / n as f32).sqrt() * 0.8;
        let k2 = k * k;
        let mut disp = vec![[0f32; 2]; n];
        for (i, d) in disp.iter_mut().enumerate() {
            let [xi, yi] = self.pos[i];
            let (mut dx, mut dy) = (0f32, 0f32);
            for (j, p) in self.pos.iter().enumerate() {
                if i == j {
                    continue;
                }
                let (ex, ey) = (xi - p[0], yi - p[1]);
                let d2 = (ex * ex + ey * ey).max(1e-6);
                let f = k2 / d2;
                dx += ex * f;
                dy += ey * f;
            }
            // gravity to the centre
            dx -= xi * 1.2;
            dy -= yi * 1.2;
            *d = [dx, dy];
        }
        for &(a, b, w) in edges {
            let (a, b) = (a as usize, b as usize);
            if a >= n || b >= n || a == b {
                continue;
            }
            let (ex, ey) = (self.pos[a][0] - self.pos[b][0], self.pos[a][1] - self.pos[b][1]);
            let d = (ex * ex + ey * ey).sqrt();
            let f = d / k * w.clamp(0.05, 1.0);
            disp[a][0] -= ex * f;
            disp[a][1] -= ey * f;
            disp[b][0] += ex * f;
            disp[b][1] += ey * f;
        }
        let t = self.temperature;
        for (i, (p, d)) in self.pos.iter_mut().zip(&disp).enumerate() {
            if Some(i) == pinned {
                continue;
            }
            let len = (d[0] * d[0] + d[1] * d[1]).sqrt().max(1e-9);
            let step = len.min(t);
            p[0] = (p[0] + d[0] / len * step).clamp(-1.0, 1.0);
            p[1] = (p[1] + d[1] / len * step).clamp(-1.0, 1.0);
        }
        self.temperature = (self.temperature * 0.96).max(MIN_TEMPERATURE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(l: &ForceLayout, a: usize, b: usize) -> f32 {
        let (p, q) = (l.pos[a], l.pos[b]);
        ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
    }

    #[test]
    fn connected_nodes_end_closer_than_unconnected_ones_and_pinned_nodes_stay() {
        let mut l = ForceLayout::new(6);
        // two triangles
        let edges = [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (3, 4, 1.0), (4, 5, 1.0), (3, 5, 1.0)];
        let pinned = l.pos[5];
        for _ in 0..300 {
            l.step(&edges, Some(5));
        }
        assert!(l.settled());
        assert!(l.pos[5].iter().zip(pinned).all(|(a, b)| (a - b).abs() < f32::EPSILON));
        assert!(dist(&l, 0, 1) < dist(&l, 0, 4), "{:?}", l.pos);
        assert!(dist(&l, 3, 4) < dist(&l, 1, 3), "{:?}", l.pos);
        assert!(l.pos.iter().all(|p| p[0].abs() <= 1.0 && p[1].abs() <= 1.0));
        l.stir();
        assert!(!l.settled());
    }

    #[test]
    fn empty_and_single_layouts_step() {
        let mut l = ForceLayout::new(0);
        l.step(&[], None);
        let mut one = ForceLayout::new(1);
        one.step(&[(0, 0, 1.0), (0, 9, 1.0)], None);
        assert!(one.pos[0][0].is_finite());
    }
}
