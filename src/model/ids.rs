use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable string id. Ids never change once given, so files from other
/// offices can be merged by id. New ids are made by [`Id::generate`] from a
/// time and a random number the shell supplies, so two offices creating
/// entities at the same time do not collide.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    pub fn new(s: impl Into<String>) -> Id {
        Id(s.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `prefix-<millis base36><random base36>`, e.g. `t-lmn3k2x0a9f3`.
    pub fn generate(prefix: &str, millis: u64, random: u32) -> Id {
        Id(format!(
            "{prefix}-{}{}",
            base36(millis),
            base36(u64::from(random))
        ))
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Id {
        Id(s.to_string())
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("base36 digits are ASCII")
}

impl From<String> for Id {
    fn from(s: String) -> Id {
        Id(s)
    }
}

impl From<&Id> for Id {
    fn from(id: &Id) -> Id {
        id.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_carry_prefix_and_differ() {
        let a = Id::generate("t", 1_700_000_000_000, 1);
        let b = Id::generate("t", 1_700_000_000_000, 2);
        assert!(a.as_str().starts_with("t-"));
        assert_ne!(a, b);
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
