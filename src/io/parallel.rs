//! Work over large lists split across the machine's cores, with results kept in order.
//!
//! Saving, loading and exporting a project of a million statements is mostly turning values into
//! bytes and back; one core does that at a few hundred MB/s. These helpers run the same work in
//! chunks on scoped worker threads and hand the results back in the order of the input, so the
//! bytes written (or the values read) are exactly those of a run on one thread.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

/// Worker threads to use: the machine's cores, at most 8.
pub(crate) fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get).clamp(1, 8)
}

/// Writes `items` to `out`, `chunk` items at a time: `fill(first, chunk, buf)` turns a chunk into
/// bytes on worker threads (`first` tells whether it is the first chunk) and the calling thread
/// writes the chunks in order as they come, so that the disk works while the next chunks are
/// made. The bytes are those of calling `fill` on every chunk in order; at most a few chunks
/// wait in memory. The first error stops the work and is returned.
pub(crate) fn write_in_order<T, W, E>(
    out: &mut W,
    items: &[T],
    chunk: usize,
    fill: impl Fn(bool, &[T], &mut Vec<u8>) -> Result<(), E> + Sync,
) -> Result<(), E>
where
    T: Sync,
    W: Write + ?Sized,
    E: Send + From<io::Error>,
{
    let chunks: Vec<&[T]> = items.chunks(chunk.max(1)).collect();
    let threads = workers().min(chunks.len());
    if threads <= 1 {
        let mut buf = Vec::new();
        for (i, c) in chunks.iter().enumerate() {
            buf.clear();
            fill(i == 0, c, &mut buf)?;
            out.write_all(&buf)?;
        }
        return Ok(());
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // buffers written out go back to the workers, so that memory is touched once
    let spare: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, Result<Vec<u8>, E>)>(threads * 2);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, spare, chunks, fill) = (&next, &stop, &spare, &chunks, &fill);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(c) = chunks.get(i) else { break };
                    let mut buf = spare.lock().ok().and_then(|mut s| s.pop()).unwrap_or_default();
                    buf.clear();
                    let result = fill(i == 0, c, &mut buf).map(|()| buf);
                    if tx.send((i, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut want = 0;
        // ends when every worker is done; an error returns early, which drops the receiver and
        // so stops the workers at their next send
        for (i, result) in rx {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&want) {
                want += 1;
                let written = result.and_then(|buf| {
                    out.write_all(&buf)?;
                    if let Ok(mut s) = spare.lock() {
                        s.push(buf);
                    }
                    Ok(())
                });
                if let Err(e) = written {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok(())
    })
}

/// `f` over chunks of `items` on worker threads; the results in the order of the chunks.
pub(crate) fn map_chunks<T, R>(items: &[T], chunk: usize, f: impl Fn(&[T]) -> R + Sync) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    let chunks: Vec<&[T]> = items.chunks(chunk.max(1)).collect();
    run_in_order(chunks.len(), |i| f(chunks[i]))
}

/// `f` over chunks of `items`, which it may change, on worker threads; the results in the
/// order of the chunks.
pub(crate) fn map_chunks_mut<T, R>(items: &mut [T], chunk: usize, f: impl Fn(&mut [T]) -> R + Sync) -> Vec<R>
where
    T: Send,
    R: Send,
{
    let chunks: Vec<Mutex<&mut [T]>> = items.chunks_mut(chunk.max(1)).map(Mutex::new).collect();
    run_in_order(chunks.len(), |i| match chunks[i].lock() {
        Ok(mut c) => f(&mut c),
        Err(poisoned) => f(&mut poisoned.into_inner()),
    })
}

/// `job(0..n)` on worker threads, each index once; the results in index order.
fn run_in_order<R: Send>(n: usize, job: impl Fn(usize) -> R + Sync) -> Vec<R> {
    let threads = workers().min(n);
    if threads <= 1 {
        return (0..n).map(job).collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let (next, job) = (&next, &job);
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= n {
                            break done;
                        }
                        done.push((i, job(i)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(done) => done,
                // a panic in a job is a bug: carry it to the caller as it was
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    parts.sort_unstable_by_key(|(i, _)| *i);
    parts.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::unnecessary_wraps)] // the signature `write_in_order` takes
    fn numbers(first: bool, c: &[u32], buf: &mut Vec<u8>) -> io::Result<()> {
        if !first {
            buf.push(b',');
        }
        let line: Vec<String> = c.iter().map(u32::to_string).collect();
        buf.extend_from_slice(line.join(",").as_bytes());
        Ok(())
    }

    #[test]
    fn chunks_are_written_in_order_as_on_one_thread() {
        let items: Vec<u32> = (0..10_007).collect();
        for chunk in [1, 7, 100, 20_000] {
            let mut out = Vec::new();
            write_in_order(&mut out, &items, chunk, numbers).unwrap();
            let expected: Vec<String> = items.iter().map(u32::to_string).collect();
            assert_eq!(String::from_utf8(out).unwrap(), expected.join(","), "chunk {chunk}");
        }
        let mut out = Vec::new();
        write_in_order(&mut out, &[] as &[u32], 10, numbers).unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn the_first_error_stops_the_writing() {
        let items: Vec<u32> = (0..1000).collect();
        let mut out = Vec::new();
        let err = write_in_order(&mut out, &items, 10, |_, c: &[u32], buf: &mut Vec<u8>| {
            if c[0] == 500 {
                return Err(io::Error::other("bad chunk"));
            }
            buf.extend_from_slice(&c[0].to_le_bytes());
            Ok(())
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "bad chunk");
        // everything before the bad chunk was written, in order, and nothing after it
        assert_eq!(out.len(), 50 * 4);
        assert_eq!(&out[..4], &0u32.to_le_bytes());
    }

    #[test]
    fn a_failing_writer_stops_the_workers() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::other("disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let items: Vec<u32> = (0..100_000).collect();
        let err = write_in_order(&mut Full, &items, 10, numbers).unwrap_err();
        assert_eq!(err.to_string(), "disk full");
    }

    #[test]
    fn maps_keep_the_order_of_the_chunks() {
        let items: Vec<u64> = (0..10_000).collect();
        let sums = map_chunks(&items, 999, |c| c.iter().sum::<u64>());
        assert_eq!(sums.len(), 11);
        assert_eq!(sums[0], (0..999).sum::<u64>());
        assert_eq!(sums.iter().sum::<u64>(), items.iter().sum::<u64>());
        let mut items = items;
        let firsts = map_chunks_mut(&mut items, 1000, |c| {
            for x in c.iter_mut() {
                *x *= 2;
            }
            c[0]
        });
        assert_eq!(firsts, (0..10).map(|i| i * 2000).collect::<Vec<u64>>());
        assert_eq!(items[9_999], 19_998);
        assert!(map_chunks(&[] as &[u8], 4, <[u8]>::len).is_empty());
    }
}
