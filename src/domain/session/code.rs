//! A team session's short code, such as `K7M-2QX`: six characters a facilitator can read
//! aloud, from an alphabet without look-alikes (Crockford's base 32: no I, L, O or U).
//!
//! ```
//! use ontwikkelkaarten::domain::session::SessionCode;
//! let code = SessionCode::parse("k7m 2qx").unwrap();
//! assert_eq!(code.to_string(), "K7M-2QX");
//! assert_eq!(code.compact(), "K7M2QX");
//! ```

use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Thirty random bits, shown as six characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionCode(u32);

impl SessionCode {
    /// The number of bits a code carries.
    pub const BITS: u32 = 30;

    /// A code from random bits (the upper two are ignored).
    pub fn from_bits(bits: u32) -> SessionCode {
        SessionCode(bits & ((1 << Self::BITS) - 1))
    }

    /// The code's bits.
    pub fn bits(self) -> u32 {
        self.0
    }

    /// The six characters without the dash: the session's id in addresses.
    pub fn compact(self) -> String {
        (0..6)
            .rev()
            .map(|i| ALPHABET[((self.0 >> (5 * i)) & 31) as usize] as char)
            .collect()
    }

    /// Reads a code as a person types it: any case, with or without the dash or spaces, and
    /// with O for 0 and I or L for 1. `None` for anything else.
    pub fn parse(text: &str) -> Option<SessionCode> {
        let mut bits = 0u32;
        let mut count = 0;
        for ch in text
            .chars()
            .filter(|c| !matches!(c, '-' | ' ' | '\u{2011}'))
        {
            let ch = match ch.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            let value = ALPHABET.iter().position(|&a| a as char == ch)?;
            bits = (bits << 5) | value as u32;
            count += 1;
            if count > 6 {
                return None;
            }
        }
        (count == 6).then_some(SessionCode(bits))
    }
}

/// `K7M-2QX`.
impl fmt::Display for SessionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let compact = self.compact();
        write!(f, "{}-{}", &compact[..3], &compact[3..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_however_it_is_typed() {
        for bits in [0, 1, 0x3FFF_FFFF, 0x1234_5678, 0x2AAA_AAAA] {
            let code = SessionCode::from_bits(bits);
            let shown = code.to_string();
            assert_eq!(shown.len(), 7);
            assert_eq!(&shown[3..4], "-");
            assert_eq!(SessionCode::parse(&shown), Some(code));
            assert_eq!(SessionCode::parse(&shown.to_lowercase()), Some(code));
            assert_eq!(SessionCode::parse(&code.compact()), Some(code));
            assert_eq!(
                SessionCode::parse(&format!(" {} ", shown.replace('-', " "))),
                Some(code)
            );
        }
    }

    #[test]
    fn look_alikes_are_read_as_what_was_meant() {
        let code = SessionCode::parse("K0M-21X").unwrap();
        assert_eq!(SessionCode::parse("kom-2ix"), Some(code));
        assert_eq!(SessionCode::parse("KOM-2LX"), Some(code));
    }

    #[test]
    fn anything_else_is_not_a_code() {
        for text in ["", "K7M-2Q", "K7M-2QXX", "K7M-2Q!", "K7M-2QU", "ABCDEFG"] {
            assert_eq!(SessionCode::parse(text), None, "{text}");
        }
    }

    #[test]
    fn only_thirty_bits_are_kept() {
        assert_eq!(SessionCode::from_bits(u32::MAX).bits(), 0x3FFF_FFFF);
        assert_eq!(SessionCode::from_bits(u32::MAX).compact(), "ZZZZZZ");
        assert_eq!(SessionCode::from_bits(0).to_string(), "000-000");
    }
}
