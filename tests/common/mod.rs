//! Helpers shared by the integration tests that run the example extractor.

use std::path::PathBuf;

/// The example extractor's binary: `cargo test` builds the examples next to
/// the test executables' folder.
pub fn extract_bin() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let bin = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} missing: run `cargo test` (it builds the examples)",
        bin.display()
    );
    bin
}
