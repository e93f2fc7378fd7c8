//! Progress on stderr (an `indicatif` bar: bytes done, MB/s, ETA) and the
//! `--stats` summary. Neither ever writes to stdout.
//!
//! The bar appears once a run has taken a second, when stderr is a
//! terminal; `--progress` shows it from the start whatever stderr is (then,
//! on a file or a pipe, as one line a second).

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};

use super::output::Counts;

/// The progress bar, hidden until it is due.
pub struct Progress {
    bar: ProgressBar,
    /// Shown on a terminal after a second.
    terminal: bool,
    shown: bool,
    started: Instant,
    docs: usize,
    /// Bytes and documents done but not yet given to the bar: it is told
    /// a megabyte at a time, so that short lines cost it nothing.
    pending: (u64, usize),
}

impl Progress {
    /// A bar over `total` bytes (unknown for standard input); `forced` by
    /// `--progress`.
    pub fn new(total: Option<u64>, forced: bool) -> Progress {
        let bar = match total {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::hidden())
                .with_style(
                    ProgressStyle::with_template(
                        "{bar:30} {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} ETA {eta} {msg}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(
                ProgressStyle::with_template("{spinner} {decimal_bytes} {decimal_bytes_per_sec} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        let mut p = Progress {
            bar,
            terminal: std::io::stderr().is_terminal(),
            shown: false,
            started: Instant::now(),
            docs: 0,
            pending: (0, 0),
        };
        if forced {
            p.show();
        }
        p
    }

    fn show(&mut self) {
        let target = if self.terminal {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::term_like_with_hz(Box::new(LogLines), 1)
        };
        self.bar.set_draw_target(target);
        self.shown = true;
    }

    /// Counts `bytes` of input done and `docs` documents.
    pub fn advance(&mut self, bytes: u64, docs: usize) {
        self.pending.0 += bytes;
        self.pending.1 += docs;
        if self.pending.0 >= 1 << 20 {
            self.update();
        }
    }

    /// Gives the bar what was done since the last update.
    fn update(&mut self) {
        let (bytes, docs) = std::mem::take(&mut self.pending);
        self.bar.inc(bytes);
        self.docs += docs;
        self.bar.set_message(format!("{} docs", self.docs));
        if !self.shown && self.terminal && self.started.elapsed() > Duration::from_secs(1) {
            self.show();
        }
    }

    /// Draws the last state (when shown) and leaves the line in place.
    pub fn finish(&mut self) {
        self.update();
        if self.shown {
            self.bar.finish();
        }
    }
}

/// A draw target for a stderr that is not a terminal: each redraw is a
/// new line, with no cursor movement.
#[derive(Debug)]
struct LogLines;

impl TermLike for LogLines {
    fn width(&self) -> u16 {
        100
    }
    fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn write_line(&self, s: &str) -> std::io::Result<()> {
        writeln!(std::io::stderr(), "progress: {s}")
    }
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        if s.trim().is_empty() {
            return Ok(());
        }
        writeln!(std::io::stderr(), "progress: {s}")
    }
    fn clear_line(&self) -> std::io::Result<()> {
        Ok(())
    }
    fn flush(&self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

/// What `--stats` prints at the end.
#[derive(Debug)]
pub struct Stats {
    /// Documents extracted.
    pub docs: usize,
    /// Bytes of their text.
    pub bytes: u64,
    /// Spans per label.
    pub counts: Counts,
    started: Instant,
}

impl Stats {
    /// Starts the clock.
    pub fn new() -> Stats {
        Stats {
            docs: 0,
            bytes: 0,
            counts: Counts::default(),
            started: Instant::now(),
        }
    }

    /// The summary line: documents, bytes, spans per label, time, MB/s.
    pub fn summary(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let labels: Vec<String> = self
            .counts
            .0
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect();
        format!(
            "stats: {} documents, {} bytes, {} spans ({}), {:.2} s, {:.1} MB/s",
            self.docs,
            self.bytes,
            self.counts.total(),
            if labels.is_empty() {
                "none".to_string()
            } else {
                labels.join(", ")
            },
            secs,
            self.bytes as f64 / 1e6 / secs.max(1e-9)
        )
    }
}
