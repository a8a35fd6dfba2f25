//! The keyboard shortcuts: the table of keys and what each does, and the
//! one rule for a key pressed ([`decide`]), both pure and tested here. The
//! shell (`ui/keys.rs`) reads a key event into a [`Press`], keeps whether a
//! "g" is waiting for its second key, and does the [`Action`].
//!
//! Letters and signs never act while the user types in a field (or while a
//! dialog is open over the page); Ctrl+Z and its kin are then left to the
//! field, whose own text undo applies.

use crate::html::{elem, text};
use crate::i18n::Catalog;

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Go to the dashboard.
    Dashboard,
    /// Go to the task table.
    Tasks,
    /// Put the focus in the task search (going to the task table first
    /// where the view on screen has none).
    Search,
    /// Open the progress report form of the task (or project) on screen.
    Report,
    Undo,
    Redo,
    /// Open the list of shortcuts.
    Help,
}

/// A key pressed, as the shell reads it from the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Press<'a> {
    /// The event's `key` ("g", "?", "Z").
    pub key: &'a str,
    /// Control, or Command on a Mac.
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
    /// The focus is in a field (input, text area, select, an editable
    /// element), or a dialog is open over the page.
    pub typing: bool,
}

/// What a key pressed comes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Do this (and keep the browser from doing anything else with the key).
    Act(Action),
    /// The first key of two ("g"): the next key says where to go.
    Wait,
    /// Not a shortcut: the key does what it always does.
    Pass,
}

/// What `press` does; `waiting` when the key before it was a lone "g".
pub fn decide(waiting: bool, press: Press) -> Outcome {
    if press.typing {
        return Outcome::Pass;
    }
    let key = press.key;
    if press.ctrl {
        if press.alt {
            return Outcome::Pass;
        }
        return match (key.to_ascii_lowercase().as_str(), press.shift) {
            ("z", false) => Outcome::Act(Action::Undo),
            ("z", true) | ("y", false) => Outcome::Act(Action::Redo),
            _ => Outcome::Pass,
        };
    }
    if press.alt {
        return Outcome::Pass;
    }
    // "?" takes Shift on most layouts; a letter with Shift is not a shortcut.
    if key == "?" {
        return Outcome::Act(Action::Help);
    }
    if press.shift {
        return Outcome::Pass;
    }
    match (waiting, key) {
        (true, "d") => Outcome::Act(Action::Dashboard),
        (true, "t") => Outcome::Act(Action::Tasks),
        (true, _) => Outcome::Pass,
        (false, "g") => Outcome::Wait,
        (false, "/") => Outcome::Act(Action::Search),
        (false, "r") => Outcome::Act(Action::Report),
        _ => Outcome::Pass,
    }
}

/// One shortcut as the list shows it: its action and its keys, each way of
/// pressing it a sequence of keys ("g t": g, then t), each key its
/// modifiers and the key joined by "+" ("Control+Shift+Z").
pub struct Shortcut {
    pub action: Action,
    pub keys: &'static [&'static str],
}

/// Every shortcut, in the order the list shows them.
pub const SHORTCUTS: [Shortcut; 7] = [
    Shortcut {
        action: Action::Dashboard,
        keys: &["g d"],
    },
    Shortcut {
        action: Action::Tasks,
        keys: &["g t"],
    },
    Shortcut {
        action: Action::Search,
        keys: &["/"],
    },
    Shortcut {
        action: Action::Report,
        keys: &["r"],
    },
    Shortcut {
        action: Action::Undo,
        keys: &["Control+Z"],
    },
    Shortcut {
        action: Action::Redo,
        keys: &["Control+Shift+Z", "Control+Y"],
    },
    Shortcut {
        action: Action::Help,
        keys: &["?"],
    },
];

/// The shortcuts as a table (action, keys), in `t`'s words.
pub fn table_html(out: &mut String, t: &Catalog) {
    let h = t.help;
    out.push_str("<table class=\"shortcuts\"><thead><tr>");
    elem(out, "th scope=\"col\"", "", h.col_action);
    elem(out, "th scope=\"col\"", "", h.col_keys);
    out.push_str("</tr></thead><tbody>");
    for s in &SHORTCUTS {
        out.push_str("<tr>");
        elem(out, "th scope=\"row\"", "", (h.action)(s.action));
        out.push_str("<td>");
        for (i, way) in s.keys.iter().enumerate() {
            if i > 0 {
                out.push(' ');
                text(out, h.or);
                out.push(' ');
            }
            for (j, key) in way.split(' ').enumerate() {
                if j > 0 {
                    out.push(' ');
                    text(out, h.then);
                    out.push(' ');
                }
                out.push_str("<kbd>");
                text(out, &key.replace("Control", "Ctrl"));
                out.push_str("</kbd>");
            }
        }
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn press(key: &str) -> Press<'_> {
        Press {
            key,
            ..Press::default()
        }
    }

    /// One key of the table ("Control+Shift+Z") as the browser reports it.
    fn pressed(spelled: &str) -> Press<'_> {
        let mut p = Press::default();
        for part in spelled.split('+') {
            match part {
                "Control" => p.ctrl = true,
                "Shift" => p.shift = true,
                key => p.key = key,
            }
        }
        if p.key == "?" {
            p.shift = true;
        }
        p
    }

    /// Every way of pressing every shortcut in the table does its action:
    /// the list the user reads and the rule the keys follow agree.
    #[test]
    fn the_table_and_the_rule_agree() {
        for s in &SHORTCUTS {
            for way in s.keys {
                let keys: Vec<&str> = way.split(' ').collect();
                let mut waiting = false;
                for (i, key) in keys.iter().enumerate() {
                    let outcome = decide(waiting, pressed(key));
                    if i + 1 < keys.len() {
                        assert_eq!(outcome, Outcome::Wait, "{way}");
                        waiting = true;
                    } else {
                        assert_eq!(outcome, Outcome::Act(s.action), "{way}");
                    }
                }
            }
        }
        // Each action once.
        for (i, s) in SHORTCUTS.iter().enumerate() {
            assert!(SHORTCUTS[..i].iter().all(|o| o.action != s.action));
        }
    }

    #[test]
    fn nothing_fires_while_typing_in_a_field() {
        for key in ["g", "d", "t", "/", "r", "?", "z", "Z", "y"] {
            for ctrl in [false, true] {
                for shift in [false, true] {
                    let p = Press {
                        key,
                        ctrl,
                        shift,
                        alt: false,
                        typing: true,
                    };
                    assert_eq!(decide(false, p), Outcome::Pass, "{key}");
                    assert_eq!(decide(true, p), Outcome::Pass, "{key}");
                }
            }
        }
    }

    #[test]
    fn undo_and_redo_whichever_case_the_key_comes_in() {
        let ctrl = |key, shift| Press {
            key,
            ctrl: true,
            shift,
            ..Press::default()
        };
        assert_eq!(decide(false, ctrl("z", false)), Outcome::Act(Action::Undo));
        assert_eq!(decide(false, ctrl("Z", true)), Outcome::Act(Action::Redo));
        assert_eq!(decide(false, ctrl("y", false)), Outcome::Act(Action::Redo));
        assert_eq!(decide(false, ctrl("y", true)), Outcome::Pass);
        assert_eq!(decide(false, ctrl("c", false)), Outcome::Pass);
        // Ctrl+Alt is another key on some layouts (AltGr): left alone.
        let alt_gr = Press {
            alt: true,
            ..ctrl("z", false)
        };
        assert_eq!(decide(false, alt_gr), Outcome::Pass);
    }

    #[test]
    fn a_g_waits_for_its_second_key_and_only_letters_of_the_table_go() {
        assert_eq!(decide(false, press("g")), Outcome::Wait);
        assert_eq!(decide(true, press("x")), Outcome::Pass);
        assert_eq!(decide(true, press("g")), Outcome::Pass);
        // Without a "g" before them, d and t are plain keys.
        assert_eq!(decide(false, press("d")), Outcome::Pass);
        assert_eq!(decide(false, press("t")), Outcome::Pass);
        // A capital is not the letter's shortcut; Alt leaves keys alone.
        let shifted = Press {
            shift: true,
            ..press("R")
        };
        assert_eq!(decide(false, shifted), Outcome::Pass);
        let alt = Press {
            alt: true,
            ..press("r")
        };
        assert_eq!(decide(false, alt), Outcome::Pass);
    }

    #[test]
    fn the_table_names_every_shortcut_in_each_language() {
        for lang in [Lang::Zh, Lang::En] {
            let t = lang.catalog();
            let mut out = String::new();
            table_html(&mut out, t);
            for s in &SHORTCUTS {
                assert!(out.contains((t.help.action)(s.action)), "{lang:?}");
            }
            assert!(out.contains("<kbd>Ctrl+Shift+Z</kbd>"));
            assert!(out.contains(&format!("<kbd>g</kbd> {} <kbd>t</kbd>", t.help.then)));
            assert_eq!(out.matches("<tr>").count(), SHORTCUTS.len() + 1);
        }
    }
}
