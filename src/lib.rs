//! Stance Desk: extract, attribute and tag the statements of news briefings.
//!
//! Data flows one way (see ARCHITECTURE.md):
//! - [`model`]: pure data (project, documents, items, statements, codebook, actors, targets),
//!   serde only;
//! - [`extract`]: text to items and attributed statements, pure functions; word knowledge as
//!   data files, the rules as modules;
//! - [`analysis`]: what the tags say (matrix, stance over time, DNA networks and their file
//!   formats), pure functions over the model;
//! - [`io`]: reads briefing files and folders into documents (decoding, hashing, every format),
//!   reads and writes project files, writes CSV/JSON;
//! - [`desk`]: the desk without GUI: the project's one owner (history, changes, ids) and the
//!   view of it, changed only through commands;
//! - [`session`]: the open project's file, lock, recovery and background jobs, without GUI;
//! - [`ui`]: egui views that read the desk and return actions;
//! - [`app`]: the eframe application that applies the actions;
//! - [`cli`]: the headless commands on top of `io` and `extract`.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod desk;
pub mod extract;
pub mod io;
pub mod model;
pub mod session;
pub mod ui;

/// The memory allocator of the program, its tests and its benchmarks: mimalloc. Extraction makes
/// many small strings and token lists per paragraph, and reading a project a million statements;
/// with mimalloc, extraction runs ~15 % fewer instructions than with the system's allocator
/// (callgrind of `examples/speed.rs` with either), and every binary of the crate measures what the
/// desk runs. Built without transparent huge pages (`no_thp`): with them, the first touch of a
/// 2 MB page zeroes all of it, and loading a project of a million statements took 2.8 s instead
/// of 1.6 s (`examples/loadtime.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
