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

/// The memory allocator of the program, its tests and its benchmarks: mimalloc. Extraction makes
/// many small strings and token lists per paragraph, and reading a project a million statements;
/// with mimalloc, extraction runs ~15 % faster than with the system's allocator (`perf stat` of
/// `examples/speed.rs` with either), and every binary of the crate measures what the desk runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
