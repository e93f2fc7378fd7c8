//! Reads Pint's definition files and evaluates any unit to a factor and a
//! dimension in SI base units.
//!
//! Only what the unit table needs: unit lines (`name = definition = symbol
//! = alias …`, also inside `@group` blocks), prefixes (`kilo- = 1e3 = k-`),
//! offsets (`; offset: 273.15`) and arithmetic (`*`, `/`, `**`, `^`, `+`,
//! `-`, parentheses, a space as multiplication). Contexts, systems and
//! logarithmic units are skipped; units are evaluated on demand, so the
//! many that the table leaves out are never evaluated at all.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// Number of base dimensions: length, mass, time, temperature, current,
/// substance, luminosity, information, angle.
pub const DIMS: usize = 9;
/// Index of the information dimension, in bytes (Pint's `bit` is
/// dimensionless; the table needs data sizes apart from counts, and news
/// writes sizes in bytes).
pub const INFO: usize = 7;
/// Index of the angle dimension (Pint's `radian` is dimensionless).
pub const ANGLE: usize = 8;

/// A value with a dimension vector (exponents of the base dimensions).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    pub factor: f64,
    pub dims: [f64; DIMS],
}

impl Quantity {
    fn number(f: f64) -> Quantity {
        Quantity {
            factor: f,
            dims: [0.0; DIMS],
        }
    }
    fn mul(self, o: Quantity) -> Quantity {
        let mut dims = self.dims;
        for (d, e) in dims.iter_mut().zip(o.dims) {
            *d += e;
        }
        Quantity {
            factor: self.factor * o.factor,
            dims,
        }
    }
    fn div(self, o: Quantity) -> Quantity {
        self.mul(o.powf(-1.0))
    }
    fn powf(self, e: f64) -> Quantity {
        Quantity {
            factor: self.factor.powf(e),
            dims: self.dims.map(|d| d * e),
        }
    }
    fn is_number(&self) -> bool {
        self.dims.iter().all(|&d| d == 0.0)
    }
}

/// One unit line of Pint.
#[derive(Clone, Debug)]
pub struct Def {
    pub name: String,
    /// The definition's right-hand side, offset cut off.
    pub expr: String,
    /// Offset to the SI unit (temperatures), as an expression.
    pub offset: Option<String>,
    /// Pint's symbol (`None` for `_`).
    pub symbol: Option<String>,
    pub aliases: Vec<String>,
}

/// Pint's definitions, with an evaluator.
pub struct Pint {
    pub defs: Vec<Def>,
    /// name, symbol or alias → index in `defs`
    index: HashMap<String, usize>,
    /// prefix name, symbol or alias → factor
    pub prefixes: Vec<(String, f64)>,
    memo: HashMap<String, Quantity>,
}

/// Base units of Pint and their SI dimension; `gram` is Pint's mass base,
/// a thousandth of the SI base `kilogram`.
fn base(name: &str, rhs: &str) -> Option<Quantity> {
    let mut q = Quantity::number(1.0);
    let i = match (name, rhs) {
        ("radian", _) => ANGLE,
        ("bit", _) => {
            q.factor = 0.125;
            INFO
        }
        (_, "[length]") => 0,
        (_, "[mass]") => {
            q.factor = 1e-3;
            1
        }
        (_, "[time]") => 2,
        (_, "[temperature]") => 3,
        (_, "[current]") => 4,
        (_, "[substance]") => 5,
        (_, "[luminosity]") => 6,
        (_, "[]") => return Some(q),
        _ => return None,
    };
    q.dims[i] = 1.0;
    Some(q)
}

impl Pint {
    /// Reads `default_en.txt` and `constants_en.txt` from `dir`.
    pub fn read(dir: &Path) -> Result<Pint, String> {
        let mut p = Pint {
            defs: Vec::new(),
            index: HashMap::new(),
            prefixes: Vec::new(),
            memo: HashMap::new(),
        };
        for file in ["default_en.txt", "constants_en.txt"] {
            let path = dir.join(file);
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            p.read_text(&text, &path)?;
        }
        Ok(p)
    }

    fn read_text(&mut self, text: &str, path: &Path) -> Result<(), String> {
        // Blocks whose lines are not unit definitions.
        let mut skipping = false;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with("@context")
                || line.starts_with("@system")
                || line.starts_with("@defaults")
            {
                skipping = true;
                continue;
            }
            if line == "@end" {
                skipping = false;
                continue;
            }
            if skipping || line.starts_with('@') || line.starts_with('[') {
                continue;
            }
            if line.contains("logbase") {
                continue; // logarithmic units (decibel): not a factor
            }
            let parts: Vec<&str> = line.split('=').map(str::trim).collect();
            if parts.len() < 2 {
                return Err(format!("{}:{}: no '=' in {line:?}", path.display(), n + 1));
            }
            if let Some(prefix) = parts[0].strip_suffix('-') {
                let f = self
                    .eval_str(parts[1])
                    .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
                self.prefixes.push((prefix.to_string(), f.factor));
                for alias in &parts[2..] {
                    if let Some(a) = alias.strip_suffix('-') {
                        self.prefixes.push((a.to_string(), f.factor));
                    }
                }
                continue;
            }
            let (expr, offset) = match parts[1].split_once(';') {
                Some((e, o)) => {
                    let o = o.trim();
                    let o = o.strip_prefix("offset:").ok_or_else(|| {
                        format!("{}:{}: unknown modifier {o:?}", path.display(), n + 1)
                    })?;
                    (e.trim().to_string(), Some(o.trim().to_string()))
                }
                None => (parts[1].to_string(), None),
            };
            let symbol = parts.get(2).filter(|s| **s != "_").map(|s| s.to_string());
            let def = Def {
                name: parts[0].to_string(),
                expr,
                offset,
                symbol,
                aliases: parts.iter().skip(3).map(|s| s.to_string()).collect(),
            };
            let i = self.defs.len();
            for k in std::iter::once(&def.name)
                .chain(&def.symbol)
                .chain(&def.aliases)
            {
                self.index.entry(k.clone()).or_insert(i);
            }
            self.defs.push(def);
        }
        Ok(())
    }

    /// The definition named `name` (its name, not a symbol or alias).
    pub fn def(&self, name: &str) -> Option<&Def> {
        self.index
            .get(name)
            .map(|&i| &self.defs[i])
            .filter(|d| d.name == name)
    }

    /// Evaluates a unit name, symbol or alias, with an optional prefix and
    /// plural `s`, as Pint resolves names inside definitions.
    pub fn unit(&mut self, word: &str) -> Result<Quantity, String> {
        if let Some(q) = self.memo.get(word) {
            return Ok(*q);
        }
        let q = self.resolve(word, 0)?;
        self.memo.insert(word.to_string(), q);
        Ok(q)
    }

    fn resolve(&mut self, word: &str, depth: usize) -> Result<Quantity, String> {
        if depth > 40 {
            return Err(format!("definition loop at {word:?}"));
        }
        if let Some(&i) = self.index.get(word) {
            let d = self.defs[i].clone();
            if let Some(q) = base(&d.name, &d.expr) {
                return Ok(q);
            }
            return self.eval_depth(&d.expr, depth + 1);
        }
        if let Some(stem) = word.strip_suffix('s')
            && self.index.contains_key(stem)
        {
            return self.resolve(stem, depth + 1);
        }
        let prefixes = self.prefixes.clone();
        for (p, f) in prefixes
            .iter()
            .filter(|(p, _)| word.len() > p.len() && word.starts_with(p.as_str()))
        {
            let rest = &word[p.len()..];
            if self.index.contains_key(rest) {
                return Ok(self.resolve(rest, depth + 1)?.mul(Quantity::number(*f)));
            }
        }
        Err(format!("unknown unit {word:?}"))
    }

    /// Evaluates an expression of Pint units.
    pub fn eval_str(&mut self, expr: &str) -> Result<Quantity, String> {
        self.eval_depth(expr, 0)
    }

    fn eval_depth(&mut self, expr: &str, depth: usize) -> Result<Quantity, String> {
        let toks = lex(expr)?;
        let mut p = Parser {
            toks: &toks,
            at: 0,
            depth,
        };
        let q = p.sum(self)?;
        if p.at != toks.len() {
            return Err(format!("cannot read {expr:?}"));
        }
        Ok(q)
    }

    /// The offset of a definition, evaluated (0 without one).
    pub fn offset(&mut self, def: &Def) -> Result<f64, String> {
        match &def.offset {
            Some(o) => Ok(self.eval_str(o)?.factor),
            None => Ok(0.0),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(f64),
    Word(String),
    Op(char),
    Pow,
}

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit()
            || (c == '.' && cs.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') {
                i += 1;
            }
            if i < cs.len() && (cs[i] == 'e' || cs[i] == 'E') {
                let mut j = i + 1;
                if j < cs.len() && (cs[j] == '-' || cs[j] == '+') {
                    j += 1;
                }
                if j < cs.len() && cs[j].is_ascii_digit() {
                    i = j;
                    while i < cs.len() && cs[i].is_ascii_digit() {
                        i += 1;
                    }
                }
            }
            let t: String = cs[start..i].iter().collect();
            out.push(Tok::Num(
                t.parse()
                    .map_err(|_| format!("bad number {t:?} in {s:?}"))?,
            ));
        } else if c == '*' && cs.get(i + 1) == Some(&'*') {
            out.push(Tok::Pow);
            i += 2;
        } else if c == '^' {
            out.push(Tok::Pow);
            i += 1;
        } else if "*/()+-".contains(c) {
            out.push(Tok::Op(c));
            i += 1;
        } else if c.is_alphabetic() || c == '_' || c == '°' {
            let start = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '°') {
                i += 1;
            }
            out.push(Tok::Word(cs[start..i].iter().collect()));
        } else {
            return Err(format!("unexpected {c:?} in {s:?}"));
        }
    }
    Ok(out)
}

struct Parser<'t> {
    toks: &'t [Tok],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }
    fn sum(&mut self, p: &mut Pint) -> Result<Quantity, String> {
        let mut q = self.product(p)?;
        while let Some(Tok::Op(c @ ('+' | '-'))) = self.peek() {
            let c = *c;
            self.at += 1;
            let r = self.product(p)?;
            if !q.is_number() || !r.is_number() {
                return Err("sum of units".into());
            }
            q.factor += if c == '+' { r.factor } else { -r.factor };
        }
        Ok(q)
    }
    fn product(&mut self, p: &mut Pint) -> Result<Quantity, String> {
        let mut q = self.power(p)?;
        loop {
            match self.peek() {
                Some(Tok::Op('*')) => {
                    self.at += 1;
                    q = q.mul(self.power(p)?);
                }
                Some(Tok::Op('/')) => {
                    self.at += 1;
                    q = q.div(self.power(p)?);
                }
                // A space multiplies: `6.62607015e-34 J s`.
                Some(Tok::Num(_) | Tok::Word(_) | Tok::Op('(')) => q = q.mul(self.power(p)?),
                _ => return Ok(q),
            }
        }
    }
    fn power(&mut self, p: &mut Pint) -> Result<Quantity, String> {
        let b = self.unary(p)?;
        if self.peek() == Some(&Tok::Pow) {
            self.at += 1;
            let e = self.power(p)?;
            if !e.is_number() {
                return Err("unit exponent".into());
            }
            return Ok(b.powf(e.factor));
        }
        Ok(b)
    }
    fn unary(&mut self, p: &mut Pint) -> Result<Quantity, String> {
        if self.peek() == Some(&Tok::Op('-')) {
            self.at += 1;
            let q = self.unary(p)?;
            return Ok(Quantity {
                factor: -q.factor,
                dims: q.dims,
            });
        }
        self.primary(p)
    }
    fn primary(&mut self, p: &mut Pint) -> Result<Quantity, String> {
        let t = self.peek().cloned().ok_or("unexpected end")?;
        self.at += 1;
        match t {
            Tok::Num(f) => Ok(Quantity::number(f)),
            Tok::Word(w) => {
                if let Some(q) = p.memo.get(&w) {
                    return Ok(*q);
                }
                let q = p.resolve(&w, self.depth + 1)?;
                p.memo.insert(w, q);
                Ok(q)
            }
            Tok::Op('(') => {
                let q = self.sum(p)?;
                if self.peek() != Some(&Tok::Op(')')) {
                    return Err("missing ')'".into());
                }
                self.at += 1;
                Ok(q)
            }
            t => Err(format!("unexpected {t:?}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pint(text: &str) -> Pint {
        let mut p = Pint {
            defs: Vec::new(),
            index: HashMap::new(),
            prefixes: Vec::new(),
            memo: HashMap::new(),
        };
        p.read_text(text, Path::new("test.txt")).unwrap();
        p
    }

    const DEFS: &str = "
kilo- = 1e3 = k-
milli- = 1e-3 = m-
kibi- = 2**10 = Ki-
meter = [length] = m = metre
second = [time] = s = sec
gram = [mass] = g
kelvin = [temperature]; offset: 0 = K
hour = 60 * 60 * second = h = hr
inch = 0.0254 * meter = in = inches
foot = 12 * inch = ft = feet
degree_Fahrenheit = 5 / 9 * kelvin; offset: 233.15 + 200 / 9 = °F
@context skipped
    [length] -> [time]: value / c
@end
speed_of_light = 299792458 m/s = c
decibel = 1 ; logbase: 10; logfactor: 10 = dB
";

    #[test]
    fn evaluates_prefixes_plurals_and_constants() {
        let mut p = pint(DEFS);
        assert_eq!(p.unit("kilometer").unwrap().factor, 1e3);
        assert_eq!(p.unit("kilogram").unwrap().factor, 1.0); // gram is 1e-3 kg
        assert!((p.unit("feet").unwrap().factor - 0.3048).abs() < 1e-15);
        assert_eq!(p.unit("hours").unwrap().factor, 3600.0);
        let c = p.unit("c").unwrap();
        assert_eq!(c.factor, 299_792_458.0);
        assert_eq!(c.dims[0], 1.0);
        assert_eq!(c.dims[2], -1.0);
        let area = p.eval_str("foot ** 2").unwrap();
        assert!((area.factor - 0.092_903_04).abs() < 1e-15);
        assert_eq!(area.dims[0], 2.0);
        assert!(p.unit("decibel").is_err(), "logarithmic units are skipped");
        assert!(p.unit("furlong").is_err());
    }

    #[test]
    fn reads_offsets() {
        let mut p = pint(DEFS);
        let f = p.def("degree_Fahrenheit").unwrap().clone();
        let off = p.offset(&f).unwrap();
        let scale = p.unit("degree_Fahrenheit").unwrap().factor;
        assert!((95.0 * scale + off - 308.15).abs() < 1e-9);
    }

    #[test]
    fn bad_lines_are_errors() {
        let mut p = pint("");
        let e = p.read_text("x\n", Path::new("f.txt")).unwrap_err();
        assert!(e.starts_with("f.txt:1:"), "{e}");
        let e = p
            .read_text("y = 1; scale: 3\n", Path::new("f.txt"))
            .unwrap_err();
        assert!(e.contains("unknown modifier"), "{e}");
        assert!(p.eval_str("2 * (3").is_err());
        assert!(p.eval_str("2 ** meter").is_err());
    }
}
