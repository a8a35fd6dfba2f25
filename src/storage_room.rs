//! Room in the browser's local storage, as figures: how much is used, how
//! much is left, and whether a plan's new stored text fits before it is
//! written. The shell (`storage`) only measures; the arithmetic is here.
//!
//! Every figure is in characters (UTF-16 code units), as the browser counts
//! its quota, keys included.

/// What the site keeps in local storage against its quota.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageRoom {
    /// Characters used, every key and value of the site together.
    pub used: usize,
    /// About how many characters the site may keep.
    pub quota: usize,
}

/// A text that would not fit: what it needs and what is free for it (the
/// room left plus what the text it replaces takes now).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoRoom {
    pub needed: usize,
    pub free: usize,
}

impl StorageRoom {
    pub fn new(used: usize, quota: usize) -> StorageRoom {
        StorageRoom { used, quota }
    }

    /// Characters left (none when the site already uses more than the quota).
    pub fn free(&self) -> usize {
        self.quota.saturating_sub(self.used)
    }

    /// The share used, in whole percent, rounded (at most 100).
    pub fn percent_used(&self) -> usize {
        if self.quota == 0 {
            return 100;
        }
        ((self.used.min(self.quota) * 100 + self.quota / 2) / self.quota).min(100)
    }

    /// Whether a text of `needed` characters may replace one of `current`
    /// characters now stored (0 for a new key) without going over the quota.
    pub fn check(&self, needed: usize, current: usize) -> Result<(), NoRoom> {
        let free = self.free() + current.min(self.used);
        if needed <= free || needed <= current {
            Ok(())
        } else {
            Err(NoRoom { needed, free })
        }
    }
}
