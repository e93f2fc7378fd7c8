//! Thread pools for `extract_batch(threads=N)`: one per thread count, made
//! on first use and kept, so that a loop of small batches does not start
//! threads each time.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use pyo3::PyErr;
use pyo3::exceptions::{PyRuntimeError, PyValueError};

static POOLS: LazyLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The pool of `threads` threads (at least one).
pub fn pool(threads: usize) -> Result<Arc<rayon::ThreadPool>, PyErr> {
    if threads == 0 {
        return Err(PyValueError::new_err("threads must be at least 1"));
    }
    // A panic while the lock was held leaves a map that is still valid.
    let mut pools = POOLS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(pool) = pools.get(&threads) {
        return Ok(Arc::clone(pool));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("factspan-{i}"))
        .build()
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let pool = Arc::new(pool);
    pools.insert(threads, Arc::clone(&pool));
    Ok(pool)
}
