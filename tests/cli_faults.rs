//! The example extractor under faults: nothing is lost.
//!
//! Every bad input (unreadable file or directory, file symlink loop, non-UTF-8,
//! a file that vanishes during the run) is reported on stderr with its
//! path, the other inputs are still processed, the exit code is 1 at the
//! end, and stdout stays valid JSON Lines. A closed output pipe ends the
//! run quietly with 0; any other write error (`/dev/full`) is reported and
//! exits non-zero.
//!
//! Permission cases: root reads files whatever their mode. When the tests
//! run as root, those cases re-run the binary as `nobody` through
//! `setpriv` where that works, and otherwise skip their permission
//! assertions with a note on stderr.
#![cfg(unix)]

mod common;

use common::extract_bin;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A fresh folder under the temp dir, readable by everyone (so that the
/// binary also reads it when re-run as `nobody`).
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("factspan-cli-faults-{name}-{}", std::process::id()));
        if dir.exists() {
            make_all_writable(&dir);
            let _ = fs::remove_dir_all(&dir);
        }
        fs::create_dir_all(&dir).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&p, contents).unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o644)).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        make_all_writable(&self.0);
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Gives back the permissions taken away by a test, so cleanup works.
fn make_all_writable(dir: &Path) {
    let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o755));
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            let Ok(meta) = fs::symlink_metadata(&p) else {
                continue;
            };
            if meta.is_dir() {
                make_all_writable(&p);
            } else if meta.is_file() {
                let _ = fs::set_permissions(&p, fs::Permissions::from_mode(0o644));
            }
        }
    }
}

/// The run's stdout as JSON records; panics (naming the line) if any line
/// is not valid JSON.
fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    let text = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("stdout line {} is not JSON ({e}): {l:?}", i + 1))
        })
        .collect()
}

/// The distinct `doc` values of the records, in order of appearance.
fn docs(records: &[serde_json::Value]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in records {
        let d = r["doc"].as_str().expect("record has a doc").to_string();
        if out.last() != Some(&d) {
            out.push(d);
        }
    }
    out
}

fn show(p: &Path) -> String {
    p.display().to_string()
}

/// True if this process can still read a path whose permissions forbid
/// it (root, or CAP_DAC_OVERRIDE).
fn bypasses_permissions(p: &Path) -> bool {
    if fs::metadata(p).is_ok_and(|m| m.is_dir()) {
        fs::read_dir(p).is_ok()
    } else {
        fs::read(p).is_ok()
    }
}

/// How to run the binary so that file permissions apply: directly, or,
/// when we bypass permissions, as `nobody` through `setpriv`. `None` if
/// there is no way (the caller skips its permission assertions).
fn permission_respecting_command(probe: &Path) -> Option<Command> {
    if !bypasses_permissions(probe) {
        return Some(Command::new(extract_bin()));
    }
    let setpriv = Path::new("/usr/bin/setpriv");
    if !setpriv.exists() {
        return None;
    }
    let as_nobody = || {
        let mut c = Command::new(setpriv);
        c.args([
            "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all",
        ])
        .arg(extract_bin());
        c
    };
    // The binary must be reachable and runnable by nobody, and nobody must
    // really be unable to read the probe.
    let ok = as_nobody()
        .arg("--help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        return None;
    }
    let cat = Command::new(setpriv)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg("/bin/cat")
        .arg(probe)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if cat.is_ok_and(|s| s.success()) {
        return None;
    }
    Some(as_nobody())
}

fn run_with(mut cmd: Command, args: &[&Path]) -> Output {
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

fn run(args: &[&Path]) -> Output {
    run_with(Command::new(extract_bin()), args)
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn unreadable_file_is_reported_and_the_rest_processed() {
    let dir = TempDir::new("unreadable");
    let a = dir.write("a.txt", "Talks in Bishkek.");
    let locked = dir.write("locked.txt", "Putin in Moscow.");
    let b = dir.write("b.txt", "Putin spoke.");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();

    let Some(cmd) = permission_respecting_command(&locked) else {
        eprintln!(
            "note: running with permission bypass and no way to drop it; \
             skipping the unreadable-file assertions"
        );
        return;
    };
    let out = run_with(cmd, &[&a, &locked, &b]);
    let stderr = stderr_of(&out);
    let records = json_lines(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains(&show(&locked)), "names the file: {stderr}");
    assert!(
        stderr.to_lowercase().contains("permission denied"),
        "says why: {stderr}"
    );
    assert_eq!(docs(&records), [show(&a), show(&b)]);
}

#[test]
fn directory_without_permission_is_reported_and_the_rest_processed() {
    let dir = TempDir::new("lockeddir");
    let a = dir.write("a/news.txt", "Talks in Bishkek.");
    dir.write("b/secret/hidden.txt", "Putin in Moscow.");
    let c = dir.write("c/news.txt", "Putin spoke.");
    let secret = dir.path().join("b/secret");
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();

    let Some(cmd) = permission_respecting_command(&secret) else {
        eprintln!(
            "note: running with permission bypass and no way to drop it; \
             skipping the locked-directory assertions"
        );
        return;
    };
    // Found while walking the tree, and given directly.
    let out = run_with(cmd, &[dir.path(), &secret]);
    let stderr = stderr_of(&out);
    let records = json_lines(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.matches(&show(&secret)).count() >= 2,
        "names the directory both times: {stderr}"
    );
    assert_eq!(docs(&records), [show(&a), show(&c)]);
}

#[test]
fn symlink_loops_are_reported_and_the_rest_processed() {
    let dir = TempDir::new("loop");
    let a = dir.write("a.txt", "Talks in Bishkek.");
    let z = dir.write("z.txt", "Putin spoke.");
    // Two links pointing at each other, with the searched extension.
    let l1 = dir.path().join("loop1.txt");
    let l2 = dir.path().join("loop2.txt");
    symlink(&l2, &l1).unwrap();
    symlink(&l1, &l2).unwrap();
    // A link to a folder's own parent: walking it would never end; it is
    // skipped silently (the folder's files are already on the list).
    let sub = dir.path().join("sub");
    let inner = dir.write("sub/inner.txt", "Beijing");
    symlink("..", sub.join("up")).unwrap();

    let out = run(&[dir.path(), &l1]);
    let stderr = stderr_of(&out);
    let records = json_lines(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    for link in [&l1, &l2] {
        assert!(stderr.contains(&show(link)), "names {link:?}: {stderr}");
    }
    assert!(
        !stderr.contains(&show(&sub.join("up"))),
        "a link back into the tree is not an error: {stderr}"
    );
    // Each real file exactly once, in the walk's (sorted) order.
    assert_eq!(docs(&records), [show(&a), show(&inner), show(&z)]);
    let inner_count = records
        .iter()
        .filter(|r| r["doc"] == show(&inner).as_str())
        .count();
    assert_eq!(inner_count, 1, "the loop did not repeat the folder");
}

#[test]
fn non_utf8_is_reported_and_the_rest_processed() {
    let dir = TempDir::new("utf8");
    let a = dir.write("a.txt", "Talks in Bishkek.");
    let bad = dir.write("bad.txt", b"Putin in Z\xfcrich \xff\xfe");
    let b = dir.write("b.txt", "Putin spoke.");
    let out = run(&[&a, &bad, &b]);
    let stderr = stderr_of(&out);
    let records = json_lines(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains(&show(&bad)), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert_eq!(docs(&records), [show(&a), show(&b)]);

    // In --lines mode only the bad line is lost, and it is named by line.
    let mixed = dir.write("mixed.txt", b"Putin spoke.\nZ\xfcrich\nBishkek\n");
    let out = Command::new(extract_bin())
        .arg("--lines")
        .arg(&mixed)
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    let records = json_lines(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains(&format!("{}:2", show(&mixed))), "{stderr}");
    assert_eq!(
        docs(&records),
        [format!("{}:1", show(&mixed)), format!("{}:3", show(&mixed))]
    );
}

#[test]
fn empty_file_gives_no_output_and_success() {
    let dir = TempDir::new("empty");
    let empty = dir.write("empty.txt", "");
    let out = run(&[&empty]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr_of(&out));
    assert!(out.stdout.is_empty());
    assert!(out.stderr.is_empty(), "{}", stderr_of(&out));

    let out = Command::new(extract_bin())
        .arg("--lines")
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr_of(&out));
    assert!(out.stdout.is_empty());
}

/// A file named on the command line is deleted while the run is blocked
/// on standard input, before the run reaches it.
#[test]
fn file_vanishing_before_it_is_read_is_reported() {
    let dir = TempDir::new("vanish-arg");
    let a = dir.write("a.txt", "Talks in Bishkek.");
    let gone = dir.write("gone.txt", "Putin in Moscow.");
    let b = dir.write("b.txt", "Putin spoke.");
    let mut child = Command::new(extract_bin())
        .arg(&a)
        .arg("-")
        .arg(&gone)
        .arg(&b)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The run is at `-` once it has written a.txt's records, or at the
    // latest while stdin is open; delete the file now and end stdin.
    fs::remove_file(&gone).unwrap();
    stdin.write_all(b"Beijing").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = stderr_of(&out);
    let records = json_lines(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains(&show(&gone)), "{stderr}");
    assert_eq!(docs(&records), [show(&a), "-".to_string(), show(&b)]);
}

/// A file vanishes after its directory was listed: a FIFO earlier in the
/// (sorted) walk holds the run until the file is gone.
#[test]
fn file_vanishing_during_a_directory_walk_is_reported() {
    let dir = TempDir::new("vanish-walk");
    let a = dir.write("a.txt", "Talks in Bishkek.");
    let fifo = dir.path().join("b.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo unavailable; skipping the vanishing-file-in-a-walk case");
        return;
    }
    let gone = dir.write("c.txt", "Putin in Moscow.");
    let d = dir.write("d.txt", "Putin spoke.");
    let child = Command::new(extract_bin())
        .arg(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Opening the FIFO for writing succeeds once the run opened it for
    // reading, i.e. after it listed the directory.
    let (mut writer, child) = open_fifo_writer(&fifo, child);
    fs::remove_file(&gone).unwrap();
    writer.write_all(b"Beijing").unwrap();
    drop(writer);
    let out = child.wait_with_output().unwrap();
    let stderr = stderr_of(&out);
    let records = json_lines(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains(&show(&gone)), "{stderr}");
    assert_eq!(docs(&records), [show(&a), show(&fifo), show(&d)]);
}

/// Opens a FIFO for writing once a reader has it open, without hanging
/// if the child exits first (Linux: non-blocking open, retried).
fn open_fifo_writer(
    fifo: &Path,
    mut child: std::process::Child,
) -> (fs::File, std::process::Child) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        const O_NONBLOCK: i32 = 0o4000;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        loop {
            match fs::OpenOptions::new()
                .write(true)
                .custom_flags(O_NONBLOCK)
                .open(fifo)
            {
                Ok(f) => return (f, child),
                Err(_) if std::time::Instant::now() < deadline => {
                    if let Some(status) = child.try_wait().unwrap() {
                        panic!("the run ended before reading the FIFO: {status:?}");
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(e) => panic!("the run never opened the FIFO: {e}"),
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let f = fs::OpenOptions::new().write(true).open(fifo).unwrap();
        let _ = &mut child;
        (f, child)
    }
}

/// An input whose records are far more than a pipe buffer (64 KiB).
fn big_input(dir: &TempDir) -> PathBuf {
    let line = "Vladimir Putin met Sooronbay Jeenbekov in Bishkek on Monday; \
                at least 5,000 people gathered in Moscow.\n";
    dir.write("big.txt", line.repeat(2_000))
}

#[test]
fn closed_pipe_ends_quietly_with_success() {
    let dir = TempDir::new("pipe");
    let big = big_input(&dir);
    for lines_mode in [false, true] {
        let mut cmd = Command::new(extract_bin());
        if lines_mode {
            cmd.arg("--lines");
        }
        let mut child = cmd
            .arg(&big)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        serde_json::from_str::<serde_json::Value>(&first).expect("first line is JSON");
        drop(reader);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!(
            status.code(),
            Some(0),
            "lines={lines_mode}: a closed pipe is not an error ({status:?}); stderr: {stderr}"
        );
        assert!(
            stderr.is_empty(),
            "lines={lines_mode}: quiet on a closed pipe: {stderr}"
        );
    }
}

#[test]
fn write_error_is_reported_and_fails() {
    let dir = TempDir::new("full");
    let small = dir.write("small.txt", "Putin spoke in Bishkek.");
    let big = big_input(&dir);
    for input in [&small, &big] {
        let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
            eprintln!("note: no /dev/full; skipping the write-error case");
            return;
        };
        let out = Command::new(extract_bin())
            .arg(input)
            .stdin(Stdio::null())
            .stdout(Stdio::from(full))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = stderr_of(&out);
        assert!(
            matches!(out.status.code(), Some(c) if c != 0),
            "{input:?}: a write error fails the run ({:?}); stderr: {stderr}",
            out.status
        );
        assert!(
            stderr.contains("cannot write") || stderr.to_lowercase().contains("no space"),
            "{input:?}: says why: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// Every kind of fault at once: the records of the good files are whole,
/// valid JSON Lines, each file's spans are the same as when run alone.
#[test]
fn good_files_output_is_unchanged_by_bad_neighbours() {
    let dir = TempDir::new("mixed");
    let a = dir.write(
        "a.txt",
        "Vladimir Putin met Sooronbay Jeenbekov in Bishkek.",
    );
    let bad = dir.write("bad.txt", b"\xc3\x28 Moscow");
    let empty = dir.write("empty.txt", "");
    let l1 = dir.path().join("loop1.txt");
    symlink(&l1, &l1).unwrap();
    let missing = dir.path().join("missing.txt");
    let b = dir.write("b.txt", "At least 5,000 people gathered on Monday in Osh.");

    let alone: Vec<serde_json::Value> = [&a, &b]
        .iter()
        .flat_map(|p| json_lines(&run(&[p]).stdout))
        .collect();
    let out = run(&[&a, &bad, &empty, &l1, &missing, &b]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    for p in [&bad, &l1, &missing] {
        assert!(stderr.contains(&show(p)), "names {p:?}: {stderr}");
    }
    assert!(!stderr.contains(&show(&empty)), "an empty file is fine");
    assert_eq!(json_lines(&out.stdout), alone);
    assert!(!alone.is_empty());
}
