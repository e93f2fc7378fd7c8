//! Which units the table keeps, and the forms news writes that Pint lacks.
//!
//! How the units were chosen: Pint defines about 600 units, most of them
//! for science and engineering (bohr, barye, statvolt) or old trades
//! (scruple, pennyweight). The table keeps the units a news report states
//! measures in — distance, area, volume, weight, temperature, speed, time,
//! data sizes, frequency, power, energy, pressure, radiation — in `KEEP`,
//! each with the SI prefixes news uses with it (kilometre and millimetre,
//! not megametre; megawatt and gigawatt, not milliwatt). Every other Pint
//! unit is left out, so its names (`are`, `point`, `line`, `tex`, `hand`,
//! `section`, `quarter`, `slug`, `gray`, …) never become units. Among the
//! kept units' own names and symbols, `DROP` removes the ones that are
//! something else far more often after a number (`s` in `1990s`, `a`, `d`,
//! `t`, `pt` for points, `fps` for frames), and `AMBIGUOUS` flags the ones
//! that are units only when the sentence speaks of a measure (`m` for
//! million, `pounds` sterling, `stone` lions, `in` as a preposition).

/// Pint units kept: Pint name, canonical name in the table, SI prefixes
/// (Pint prefix names) news uses with the unit.
///
/// Canonical names follow `news-dev/GUIDELINES.md` section 4 where it lists
/// one (mile, km, m, foot, kg, lb, mph, km/h, year, …), otherwise Pint's
/// symbol (`°C`, `gal`, `GB`, `Hz`), or a plain word where Pint's symbol
/// would puzzle a reader (`tonne` for `t`, `inch` for `in`).
pub const KEEP: &[(&str, &str, &[&str])] = &[
    // length
    ("meter", "m", &["kilo", "centi", "milli", "micro", "nano"]),
    ("micron", "µm", &[]),
    ("inch", "inch", &[]),
    ("foot", "foot", &[]),
    ("yard", "yard", &[]),
    ("mile", "mile", &[]),
    ("nautical_mile", "nmi", &[]),
    ("furlong", "furlong", &[]),
    ("light_year", "ly", &[]),
    ("astronomical_unit", "au", &[]),
    // area
    ("hectare", "ha", &[]),
    ("acre", "acre", &[]),
    ("square_foot", "sq ft", &[]),
    ("square_inch", "sq in", &[]),
    ("square_yard", "sq yd", &[]),
    ("square_mile", "sq mi", &[]),
    // volume
    (
        "liter",
        "l",
        &["milli", "centi", "deci", "hecto", "kilo", "mega", "giga"],
    ),
    ("cubic_centimeter", "cc", &[]),
    ("cubic_inch", "cu in", &[]),
    ("cubic_foot", "cu ft", &[]),
    ("cubic_yard", "cu yd", &[]),
    ("gallon", "gal", &[]),
    ("imperial_gallon", "imperial gal", &[]),
    ("quart", "qt", &[]),
    ("pint", "pint", &[]),
    ("imperial_pint", "imperial pint", &[]),
    ("cup", "cup", &[]),
    ("fluid_ounce", "fl oz", &[]),
    ("teaspoon", "tsp", &[]),
    ("tablespoon", "tbsp", &[]),
    ("bushel", "bushel", &[]),
    ("acre_foot", "acre-foot", &[]),
    // mass
    ("gram", "g", &["kilo", "milli", "micro"]),
    ("metric_ton", "tonne", &["kilo", "mega", "giga"]),
    ("pound", "lb", &[]),
    ("ounce", "oz", &[]),
    ("troy_ounce", "troy oz", &[]),
    ("stone", "stone", &[]),
    ("ton", "ton", &[]),
    ("long_ton", "long ton", &[]),
    ("carat", "carat", &[]),
    // time
    ("second", "second", &["milli", "micro", "nano"]),
    ("minute", "minute", &[]),
    ("hour", "hour", &[]),
    ("day", "day", &[]),
    ("week", "week", &[]),
    ("fortnight", "fortnight", &[]),
    ("month", "month", &[]),
    ("year", "year", &[]),
    ("century", "century", &[]),
    ("millennium", "millennium", &[]),
    // temperature
    ("degree_Celsius", "°C", &[]),
    ("degree_Fahrenheit", "°F", &[]),
    ("kelvin", "K", &[]),
    // speed
    ("mile_per_hour", "mph", &[]),
    ("kilometer_per_hour", "km/h", &[]),
    ("meter_per_second", "m/s", &[]),
    ("kilometer_per_second", "km/s", &[]),
    ("knot", "knot", &[]),
    // data
    (
        "byte",
        "B",
        &[
            "kilo", "mega", "giga", "tera", "peta", "exa", "kibi", "mebi", "gibi", "tebi",
        ],
    ),
    ("bit", "bit", &["kilo", "mega", "giga", "tera"]),
    // frequency, power, energy
    ("hertz", "Hz", &["kilo", "mega", "giga", "tera"]),
    ("watt", "W", &["kilo", "mega", "giga", "tera"]),
    ("horsepower", "hp", &[]),
    (
        "joule",
        "J",
        &["kilo", "mega", "giga", "tera", "peta", "exa"],
    ),
    ("watt_hour", "Wh", &["kilo", "mega", "giga", "tera"]),
    ("calorie", "cal", &["kilo"]),
    ("british_thermal_unit", "Btu", &[]),
    ("therm", "therm", &[]),
    // pressure
    ("pascal", "Pa", &["hecto", "kilo", "mega", "giga"]),
    ("bar", "bar", &["milli"]),
    ("pound_force_per_square_inch", "psi", &[]),
    ("standard_atmosphere", "atm", &[]),
    // electricity, force, radiation, angle
    ("volt", "V", &["kilo", "milli"]),
    ("ampere", "A", &["milli"]),
    ("ampere_hour", "Ah", &["milli"]),
    ("newton", "N", &["kilo"]),
    ("sievert", "Sv", &["milli", "micro"]),
    ("becquerel", "Bq", &["kilo", "mega", "giga", "tera"]),
    ("degree", "degree", &[]),
];

/// Names and symbols of kept units (and their prefixed forms) that are
/// left out: something else far more often in news after a number.
pub const DROP: &[&str] = &[
    "s",       // "1990s", "in her 30s"
    "a",       // year: the article
    "d",       // day
    "t",       // tonne: "don't" fragments; news writes "tonnes"
    "stones",  // thrown stones; weight is "14 stone"
    "pt",      // points
    "cp",      // cup
    "qt",      // rare; "quarts" stays
    "ly",      // light year symbol
    "au",      // "AU" is the African Union
    "kt",      // knot or kilotonne: unclear
    "kn",      // knot symbol, rare
    "mps",     // "MPs"
    "kps",     // rare
    "fps",     // frames per second
    "rad",     // radian symbol
    "octet",   // byte alias
    "thm",     // therm symbol
    "A",       // grades, "Type A"
    "N",       // north: "45N"
    "J",       // initials
    "cal",     // food "calories" are kcal (see HAND)
    "calorie", // the same
    "cd",      // not kept
    "gi",      // not kept
    "bu",      // bushel symbol
    "ct",      // "Ct." Connecticut, cents
    "toz",     // rare
    "ozt",     // rare
    "nmi",     // kept via the names; symbol rare
    "deg",     // degree symbol: angle vs temperature; names stay
    "mil",     // not kept
    "amp",     // kept via "amps"/"amperes"
    "julian year", "Btu iso", "EC therm", "cal th", "thermochemical calorie", "fur",
    "µ", // micron symbol: a lone letter
    "μ", "arcdeg", "arcdegree", "angular degree", "hydraulic horsepower", "UK horsepower",
    "international foot", "international inch", "international inches", "international feet",
    "international yard", "international mile", "liquid gallon", "liquid pint", "liquid cup",
    "US liquid gallon", "US pint", "US liquid cup", "avoirdupois pound", "avoirdupois ounce",
    "avdp pound", "avdp ounce", "knot international", "international knot", "short hundredweight",
    "MPH", // "mph" matches any case
    "KPH",
];

/// Surfaces that are units only where the sentence speaks of a measure
/// (flag `ambiguous`), with the use they are ambiguous in (`spaced`: a
/// separate word after the number; `glued`: written onto it; `any`).
pub const AMBIGUOUS: &[(&str, &str)] = &[
    ("m", "any"),      // "1.2m people": million
    ("B", "any"),      // "$16B": billion
    ("in", "spaced"),  // "5 in 10 voters"
    ("bar", "spaced"), // "a 5 bar gate", bars of chocolate
    ("bars", "spaced"),
    ("stone", "spaced"), // "two stone lions"
    ("pound", "any"),    // pounds sterling
    ("pounds", "any"),
    ("cup", "spaced"), // trophies
    ("cups", "spaced"),
    ("degree", "any"), // angle or temperature
    ("degrees", "any"),
    ("W", "any"),    // west: "45W"
    ("V", "spaced"), // "Henry V"
    ("K", "spaced"), // kelvin, or thousands
    ("C", "spaced"), // "47.9 C" vs. "Category C"
    ("F", "spaced"),
    ("Mt", "any"),       // "Mt Everest"
    ("carat", "spaced"), // "24 carat gold" is purity, not mass
    ("carats", "spaced"),
    ("knot", "spaced"),
];

/// Surfaces allowed in one use only: (surface, `glued` or `spaced`).
pub const ONLY: &[(&str, &str)] = &[
    ("h", "glued"), // "24h"; a lone "h" is rarely hours
    ("l", "glued"), // "a 2l bottle"
    ("L", "glued"),
    ("K", "spaced"), // "5K run": thousands or a 5 km race
    ("C", "glued"),  // hand rows give the spaced "C" (ambiguous) separately
];

/// Forms news writes that Pint lacks: surfaces (`|`-separated), a Pint
/// expression for the unit, its canonical name, and flags (`glued`,
/// `spaced`, `ambiguous`, or empty). A hand surface wins over a Pint one.
pub const HAND: &[(&str, &str, &str, &str)] = &[
    // British and news spellings of kept units
    ("kilo|kilos|KG|Kg|kgs", "kilogram", "kg", ""),
    ("KM|Km|kms|Kms", "kilometer", "km", ""),
    ("lbs|Lbs", "pound", "lb", ""),
    ("metric tonne|metric tonnes", "metric_ton", "tonne", ""),
    ("yds", "yard", "yard", ""),
    ("mins", "minute", "minute", ""),
    ("hrs", "hour", "hour", ""),
    ("yrs", "year", "year", ""),
    ("secs", "second", "second", ""),
    ("decade|decades", "10 * year", "decade", ""),
    ("KB", "kilobyte", "kB", ""),
    ("Mb|Mbit", "megabit", "Mbit", ""),
    ("Gb|Gbit", "gigabit", "Gbit", ""),
    ("Tb|Tbit", "terabit", "Tbit", ""),
    ("bps", "bit / second", "bit/s", ""),
    ("kbps|Kbps", "kilobit / second", "kbit/s", ""),
    (
        "Mbps|Mbit/s|megabits per second", "megabit / second", "Mbit/s", "",
    ),
    (
        "Gbps|Gbit/s|gigabits per second", "gigabit / second", "Gbit/s", "",
    ),
    // areas
    (
        "km²|km2|sq km|sqkm|sq kilometres|sq kilometers|square kilometre|square kilometres|square kilometer|square kilometers",
        "kilometer ** 2",
        "km²",
        "",
    ),
    (
        "m²|m2|sq m|sqm|sq metres|sq meters|square metre|square metres|square meter|square meters",
        "meter ** 2",
        "m²",
        "",
    ),
    (
        "cm²|cm2|sq cm|square centimetre|square centimetres|square centimeter|square centimeters",
        "centimeter ** 2",
        "cm²",
        "",
    ),
    ("sqft|sq feet|sq foot|ft²|ft2", "foot ** 2", "sq ft", ""),
    ("sq miles|sq mile|mi²|mi2", "mile ** 2", "sq mi", ""),
    // volumes
    (
        "m³|m3|cu m|cubic metre|cubic metres|cubic meter|cubic meters",
        "meter ** 3",
        "m³",
        "",
    ),
    (
        "cm³|cm3|cubic centimetre|cubic centimetres|cubic centimeter|cubic centimeters",
        "centimeter ** 3",
        "cc",
        "",
    ),
    (
        "km³|km3|cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers",
        "kilometer ** 3",
        "km³",
        "",
    ),
    ("ft³|ft3|cu feet", "foot ** 3", "cu ft", ""),
    (
        "imperial gallon|imperial gallons|UK gallon|UK gallons",
        "imperial_gallon",
        "imperial gal",
        "",
    ),
    // news barrels are oil barrels (42 US gallons), not Pint's 31.5-gallon barrel
    ("barrel|barrels|bbl|bbls", "oil_barrel", "barrel", ""),
    (
        "barrels per day|barrels a day|bpd|b/d", "oil_barrel / day", "bbl/d", "",
    ),
    (
        "cubic metres per second|cubic meters per second|m³/s|m3/s",
        "meter ** 3 / second",
        "m³/s",
        "",
    ),
    ("fl oz|fluid ounces|fluid ounce", "fluid_ounce", "fl oz", ""),
    // temperatures
    ("C", "degree_Celsius", "°C", "glued"),
    ("C", "degree_Celsius", "°C", "spaced ambiguous"),
    ("F", "degree_Fahrenheit", "°F", "glued"),
    ("F", "degree_Fahrenheit", "°F", "spaced ambiguous"),
    (
        "℃|ºC|deg C|degrees C|degree C|degrees centigrade|degree centigrade|centigrade|degs C",
        "degree_Celsius",
        "°C",
        "",
    ),
    (
        "℉|ºF|deg F|degrees F|degree F|degs F", "degree_Fahrenheit", "°F", "",
    ),
    ("degrees kelvin|degree kelvin", "kelvin", "K", ""),
    // speeds
    (
        "km/h|kmh|kmph|km/hr|km per hour|km an hour|kilometres an hour|kilometers an hour|kilometre an hour|kilometer an hour",
        "kilometer / hour",
        "km/h",
        "",
    ),
    ("miles an hour|mile an hour|mi/h", "mile / hour", "mph", ""),
    (
        "m/s|metres a second|meters a second", "meter / second", "m/s", "",
    ),
    ("km/s", "kilometer / second", "km/s", ""),
    ("knots", "knot", "knot", ""),
    // others
    (
        "rpm|revolutions per minute|revs per minute", "1 / minute", "rpm", "",
    ),
    ("bhp|brake horsepower", "horsepower", "hp", ""),
    // food and diet "calories" are kilocalories
    ("calorie|calories|Calories", "kilocalorie", "kcal", ""),
    ("dB|decibel|decibels", "1", "dB", ""),
    (
        "mmHg|mm Hg|millimetres of mercury|millimeters of mercury",
        "millimeter_Hg",
        "mmHg",
        "",
    ),
    ("inHg|inches of mercury", "inch_Hg", "inHg", ""),
    ("amps|amperes|amp", "ampere", "A", ""),
    ("mb|mbar", "millibar", "mbar", ""),
    // "40°": a temperature or an angle, as "degrees"
    ("°|º", "degree", "degree", "ambiguous"),
    // gas volumes in energy news: billion cubic metres, trillion cubic feet
    ("bcm", "1e9 * meter ** 3", "bcm", ""),
    ("tcf", "1e12 * foot ** 3", "tcf", ""),
    ("kilowatt hour|kilowatt hours", "kilowatt_hour", "kWh", ""),
    ("megawatt hour|megawatt hours", "megawatt_hour", "MWh", ""),
    ("gigawatt hour|gigawatt hours", "gigawatt_hour", "GWh", ""),
    ("terawatt hour|terawatt hours", "terawatt_hour", "TWh", ""),
];
