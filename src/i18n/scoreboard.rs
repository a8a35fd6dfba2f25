//! Texts of the scoreboard view, in both languages.

/// Texts of the scoreboard view.
pub struct ScoreboardText {}

pub static EN: ScoreboardText = ScoreboardText {};

pub static ZH: ScoreboardText = ScoreboardText {};
