//! Stance Desk: extract, attribute and tag the statements of news briefings.
//!
//! Data flows one way:
//! - [`model`]: pure data (project, documents, items, statements, codebook), serde only;
//! - [`extract`]: text to items and attributed statements, pure functions;
//! - [`io`]: reads briefing files into documents (decoding, hashing) and writes CSV/JSON;
//! - [`cli`]: the headless commands on top of `io` and `extract`.

pub mod app;
pub mod cli;
pub mod desk;
pub mod extract;
pub mod io;
pub mod model;
pub mod ui;
