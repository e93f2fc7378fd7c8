//! The unit table, row by row: surface form → canonical unit, dimension and
//! the SI value of a given number. Expected SI values are worked out by hand
//! from the exact definitions (1 inch = 0.0254 m, 1 lb = 0.45359237 kg,
//! 1 US gallon = 231 cubic inches, 0 °C = 273.15 K, …), not copied from the
//! table.

use factspan::units::{Dimension, longest_unit, unit_named, unit_suffix};

use Dimension::*;

const INCH: f64 = 0.0254;
const FOOT: f64 = 12.0 * INCH;
const YARD: f64 = 3.0 * FOOT;
const MILE: f64 = 1760.0 * YARD;
const LB: f64 = 0.453_592_37;
const GALLON: f64 = 231.0 * INCH * INCH * INCH;
const HOUR: f64 = 3600.0;
/// Pint's acre and furlong are US survey measures: 1 survey foot = 1200/3937 m.
const SURVEY_FOOT: f64 = 1200.0 / 3937.0;
const ACRE: f64 = 43_560.0 * SURVEY_FOOT * SURVEY_FOOT;
const YEAR: f64 = 365.25 * 86_400.0;

/// How the surface follows the number.
#[derive(Clone, Copy, Debug)]
enum How {
    /// Words after the number, split at spaces: all must be the unit.
    Words,
    /// Written onto the number (`200mm`).
    Glued,
}
use How::*;

/// (surface, how, number, canonical unit, dimension, SI value of the number)
const ROWS: &[(&str, How, f64, &str, Dimension, f64)] = &[
    // length: metric, British and American spellings, plurals, symbols
    ("km", Words, 5.0, "km", Length, 5_000.0),
    ("km", Glued, 5.0, "km", Length, 5_000.0),
    ("KM", Words, 12.0, "km", Length, 12_000.0),
    ("kilometres", Words, 3.0, "km", Length, 3_000.0),
    ("kilometers", Words, 3.0, "km", Length, 3_000.0),
    ("Kilometres", Words, 2.0, "km", Length, 2_000.0),
    ("kilometre", Words, 1.0, "km", Length, 1_000.0),
    ("kms", Words, 40.0, "km", Length, 40_000.0),
    ("metres", Words, 8.0, "m", Length, 8.0),
    ("meters", Words, 8.0, "m", Length, 8.0),
    ("metre", Words, 1.0, "m", Length, 1.0),
    ("m", Words, 100.0, "m", Length, 100.0),
    ("centimetres", Words, 30.0, "cm", Length, 0.3),
    ("cm", Glued, 30.0, "cm", Length, 0.3),
    ("millimetres", Words, 200.0, "mm", Length, 0.2),
    ("mm", Glued, 200.0, "mm", Length, 0.2),
    ("mm", Words, 9.0, "mm", Length, 0.009),
    ("micrometres", Words, 10.0, "µm", Length, 1e-5),
    ("microns", Words, 10.0, "µm", Length, 1e-5),
    ("µm", Glued, 2.5, "µm", Length, 2.5e-6),
    ("nanometres", Words, 5.0, "nm", Length, 5e-9),
    ("nm", Glued, 3.0, "nm", Length, 3e-9),
    ("miles", Words, 70.0, "mile", Length, 70.0 * MILE),
    ("mile", Words, 1.0, "mile", Length, MILE),
    ("MILES", Words, 2.0, "mile", Length, 2.0 * MILE),
    ("mi", Words, 3.0, "mile", Length, 3.0 * MILE),
    ("feet", Words, 6.0, "foot", Length, 6.0 * FOOT),
    ("foot", Words, 1.0, "foot", Length, FOOT),
    ("ft", Words, 10.0, "foot", Length, 10.0 * FOOT),
    ("ft", Glued, 10.0, "foot", Length, 10.0 * FOOT),
    ("ft.", Words, 10.0, "foot", Length, 10.0 * FOOT),
    ("-foot", Glued, 8.0, "foot", Length, 8.0 * FOOT),
    ("inches", Words, 30.0, "inch", Length, 30.0 * INCH),
    ("inch", Words, 1.0, "inch", Length, INCH),
    ("in", Glued, 6.0, "inch", Length, 6.0 * INCH),
    ("-inch", Glued, 6.0, "inch", Length, 6.0 * INCH),
    ("yards", Words, 40.0, "yard", Length, 40.0 * YARD),
    ("yds", Words, 40.0, "yard", Length, 40.0 * YARD),
    ("yd", Words, 1.0, "yard", Length, YARD),
    ("nautical miles", Words, 12.0, "nmi", Length, 12.0 * 1852.0),
    (
        "furlongs",
        Words,
        2.0,
        "furlong",
        Length,
        2.0 * 660.0 * SURVEY_FOOT,
    ),
    (
        "light years",
        Words,
        4.0,
        "ly",
        Length,
        4.0 * 9_460_730_472_580_800.0,
    ),
    (
        "light-years",
        Words,
        4.0,
        "ly",
        Length,
        4.0 * 9_460_730_472_580_800.0,
    ),
    (
        "astronomical units", Words, 1.0, "au", Length, 149_597_870_700.0,
    ),
    // area: squared forms, sq abbreviations, hectares and acres
    ("km²", Words, 12.0, "km²", Area, 12e6),
    ("km²", Glued, 12.0, "km²", Area, 12e6),
    ("km2", Words, 12.0, "km²", Area, 12e6),
    ("sq km", Words, 3.0, "km²", Area, 3e6),
    ("sq. km", Words, 3.0, "km²", Area, 3e6),
    ("square kilometres", Words, 3.0, "km²", Area, 3e6),
    ("square kilometers", Words, 3.0, "km²", Area, 3e6),
    ("Square Kilometres", Words, 1.0, "km²", Area, 1e6),
    ("m²", Glued, 50.0, "m²", Area, 50.0),
    ("m2", Words, 50.0, "m²", Area, 50.0),
    ("sq m", Words, 50.0, "m²", Area, 50.0),
    ("sqm", Words, 50.0, "m²", Area, 50.0),
    ("square metres", Words, 80.0, "m²", Area, 80.0),
    ("square meters", Words, 80.0, "m²", Area, 80.0),
    ("square centimetres", Words, 4.0, "cm²", Area, 4e-4),
    (
        "square feet",
        Words,
        2_400.0,
        "sq ft",
        Area,
        2_400.0 * FOOT * FOOT,
    ),
    ("square foot", Words, 1.0, "sq ft", Area, FOOT * FOOT),
    (
        "-square-foot",
        Glued,
        2_400.0,
        "sq ft",
        Area,
        2_400.0 * FOOT * FOOT,
    ),
    ("sq ft", Words, 900.0, "sq ft", Area, 900.0 * FOOT * FOOT),
    ("sq. ft.", Words, 900.0, "sq ft", Area, 900.0 * FOOT * FOOT),
    ("sqft", Words, 900.0, "sq ft", Area, 900.0 * FOOT * FOOT),
    ("ft²", Glued, 10.0, "sq ft", Area, 10.0 * FOOT * FOOT),
    ("square miles", Words, 5.0, "sq mi", Area, 5.0 * MILE * MILE),
    ("square mile", Words, 1.0, "sq mi", Area, MILE * MILE),
    ("sq mi", Words, 5.0, "sq mi", Area, 5.0 * MILE * MILE),
    ("sq miles", Words, 5.0, "sq mi", Area, 5.0 * MILE * MILE),
    ("square yards", Words, 9.0, "sq yd", Area, 9.0 * YARD * YARD),
    (
        "square inches",
        Words,
        144.0,
        "sq in",
        Area,
        144.0 * INCH * INCH,
    ),
    ("hectares", Words, 20.0, "ha", Area, 200_000.0),
    ("hectare", Words, 1.0, "ha", Area, 10_000.0),
    ("ha", Words, 20.0, "ha", Area, 200_000.0),
    ("acres", Words, 640.0, "acre", Area, 640.0 * ACRE),
    ("acre", Words, 1.0, "acre", Area, ACRE),
    // volume: litres, cubic forms, US and imperial measures, oil barrels
    ("litres", Words, 20.0, "l", Volume, 0.02),
    ("liters", Words, 20.0, "l", Volume, 0.02),
    ("-litre", Glued, 20.0, "l", Volume, 0.02),
    ("l", Glued, 2.0, "l", Volume, 0.002),
    ("L", Glued, 2.0, "l", Volume, 0.002),
    ("millilitres", Words, 250.0, "ml", Volume, 2.5e-4),
    ("ml", Glued, 250.0, "ml", Volume, 2.5e-4),
    ("mL", Words, 5.0, "ml", Volume, 5e-6),
    ("centilitres", Words, 75.0, "cl", Volume, 7.5e-4),
    ("hectolitres", Words, 3.0, "hl", Volume, 0.3),
    ("megalitres", Words, 10.0, "Ml", Volume, 10_000.0),
    ("ML", Words, 10.0, "Ml", Volume, 10_000.0),
    ("gigalitres", Words, 2.0, "Gl", Volume, 2e6),
    ("cubic metres", Words, 7.0, "m³", Volume, 7.0),
    ("cubic meters", Words, 7.0, "m³", Volume, 7.0),
    ("m³", Glued, 7.0, "m³", Volume, 7.0),
    ("m3", Words, 7.0, "m³", Volume, 7.0),
    ("cubic kilometres", Words, 2.0, "km³", Volume, 2e9),
    (
        "cubic feet",
        Words,
        100.0,
        "cu ft",
        Volume,
        100.0 * FOOT * FOOT * FOOT,
    ),
    (
        "cubic foot",
        Words,
        1.0,
        "cu ft",
        Volume,
        FOOT * FOOT * FOOT,
    ),
    (
        "cu ft",
        Words,
        100.0,
        "cu ft",
        Volume,
        100.0 * FOOT * FOOT * FOOT,
    ),
    (
        "cubic yards",
        Words,
        3.0,
        "cu yd",
        Volume,
        3.0 * YARD * YARD * YARD,
    ),
    ("cubic inches", Words, 231.0, "cu in", Volume, GALLON),
    ("cc", Glued, 1_000.0, "cc", Volume, 1e-3),
    ("cubic centimetres", Words, 1_000.0, "cc", Volume, 1e-3),
    ("gallons", Words, 12.0, "gal", Volume, 12.0 * GALLON),
    ("gallon", Words, 1.0, "gal", Volume, GALLON),
    ("gal", Words, 5.0, "gal", Volume, 5.0 * GALLON),
    (
        "imperial gallons",
        Words,
        2.0,
        "imperial gal",
        Volume,
        2.0 * 4.546_09e-3,
    ),
    ("pints", Words, 2.0, "pint", Volume, GALLON / 4.0),
    ("quarts", Words, 4.0, "qt", Volume, GALLON),
    ("fluid ounces", Words, 128.0, "fl oz", Volume, GALLON),
    ("fl oz", Words, 128.0, "fl oz", Volume, GALLON),
    ("cups", Words, 16.0, "cup", Volume, GALLON),
    ("tablespoons", Words, 2.0, "tbsp", Volume, GALLON / 128.0),
    ("teaspoons", Words, 6.0, "tsp", Volume, GALLON / 128.0),
    ("barrels", Words, 1.5, "barrel", Volume, 1.5 * 42.0 * GALLON),
    ("barrel", Words, 1.0, "barrel", Volume, 42.0 * GALLON),
    ("bbl", Words, 2.0, "barrel", Volume, 84.0 * GALLON),
    (
        "bushels",
        Words,
        10.0,
        "bushel",
        Volume,
        10.0 * 2150.42 * INCH * INCH * INCH,
    ),
    (
        "acre-feet",
        Words,
        1.0,
        "acre-foot",
        Volume,
        ACRE * SURVEY_FOOT,
    ),
    // mass: metric prefixes, micro spellings, tonnes and tons, pounds
    ("kg", Words, 37.0, "kg", Mass, 37.0),
    ("kg", Glued, 37.0, "kg", Mass, 37.0),
    ("kilograms", Words, 37.0, "kg", Mass, 37.0),
    ("kilos", Words, 3.0, "kg", Mass, 3.0),
    ("Kg", Words, 3.0, "kg", Mass, 3.0),
    ("grams", Words, 500.0, "g", Mass, 0.5),
    ("g", Glued, 500.0, "g", Mass, 0.5),
    ("milligrams", Words, 200.0, "mg", Mass, 2e-4),
    ("mg", Glued, 200.0, "mg", Mass, 2e-4),
    ("mg", Words, 40.0, "mg", Mass, 4e-5),
    ("micrograms", Words, 5.0, "µg", Mass, 5e-9),
    ("µg", Glued, 5.0, "µg", Mass, 5e-9),
    ("μg", Glued, 5.0, "µg", Mass, 5e-9),
    ("ug", Glued, 5.0, "µg", Mass, 5e-9),
    ("mcg", Words, 5.0, "µg", Mass, 5e-9),
    ("tonnes", Words, 48_500.0, "tonne", Mass, 48_500_000.0),
    ("tonne", Words, 1.0, "tonne", Mass, 1_000.0),
    (
        "metric tonnes", Words, 48_500.0, "tonne", Mass, 48_500_000.0,
    ),
    ("metric tons", Words, 10.0, "tonne", Mass, 10_000.0),
    ("metric ton", Words, 1.0, "tonne", Mass, 1_000.0),
    ("kilotonnes", Words, 2.0, "kt", Mass, 2e6),
    ("megatonnes", Words, 3.0, "Mt", Mass, 3e9),
    ("gigatonnes", Words, 40.0, "Gt", Mass, 4e13),
    ("Gt", Words, 40.0, "Gt", Mass, 4e13),
    ("tons", Words, 5.0, "ton", Mass, 5.0 * 2_000.0 * LB),
    ("short tons", Words, 5.0, "ton", Mass, 5.0 * 2_000.0 * LB),
    ("long tons", Words, 1.0, "long ton", Mass, 2_240.0 * LB),
    ("lb", Words, 82.0, "lb", Mass, 82.0 * LB),
    ("lbs", Words, 82.0, "lb", Mass, 82.0 * LB),
    ("lbs.", Words, 82.0, "lb", Mass, 82.0 * LB),
    ("lb", Glued, 9.0, "lb", Mass, 9.0 * LB),
    ("ounces", Words, 16.0, "oz", Mass, LB),
    ("oz", Glued, 8.0, "oz", Mass, LB / 2.0),
    ("troy ounces", Words, 1.0, "troy oz", Mass, 0.031_103_476_8),
    ("stone", Glued, 14.0, "stone", Mass, 14.0 * 14.0 * LB),
    ("carats", Glued, 5.0, "carat", Mass, 1e-3),
    // time
    ("seconds", Words, 30.0, "second", Time, 30.0),
    ("second", Words, 1.0, "second", Time, 1.0),
    ("secs", Words, 30.0, "second", Time, 30.0),
    ("sec", Words, 30.0, "second", Time, 30.0),
    ("milliseconds", Words, 5.0, "ms", Time, 0.005),
    ("ms", Glued, 5.0, "ms", Time, 0.005),
    ("minutes", Words, 90.0, "minute", Time, 5_400.0),
    ("mins", Words, 90.0, "minute", Time, 5_400.0),
    ("min", Words, 90.0, "minute", Time, 5_400.0),
    ("hours", Words, 24.0, "hour", Time, 24.0 * HOUR),
    ("hrs", Words, 24.0, "hour", Time, 24.0 * HOUR),
    ("h", Glued, 24.0, "hour", Time, 24.0 * HOUR),
    ("days", Words, 3.0, "day", Time, 259_200.0),
    ("weeks", Words, 2.0, "week", Time, 1_209_600.0),
    ("fortnight", Words, 1.0, "fortnight", Time, 1_209_600.0),
    ("months", Words, 6.0, "month", Time, YEAR / 2.0),
    ("years", Words, 4.0, "year", Time, 4.0 * YEAR),
    ("yrs", Words, 4.0, "year", Time, 4.0 * YEAR),
    ("decades", Words, 2.0, "decade", Time, 20.0 * YEAR),
    ("centuries", Words, 3.0, "century", Time, 300.0 * YEAR),
    ("millennia", Words, 2.0, "millennium", Time, 2_000.0 * YEAR),
    // temperature, with offsets
    ("°C", Words, 47.9, "°C", Temperature, 321.05),
    ("° C", Words, 47.9, "°C", Temperature, 321.05),
    ("°C", Glued, -7.0, "°C", Temperature, 266.15),
    ("C", Glued, 47.9, "°C", Temperature, 321.05),
    ("ºC", Glued, 20.0, "°C", Temperature, 293.15),
    ("℃", Words, 20.0, "°C", Temperature, 293.15),
    ("degrees Celsius", Words, 7.0, "°C", Temperature, 280.15),
    ("Degrees Celsius", Words, 7.0, "°C", Temperature, 280.15),
    ("degrees centigrade", Words, 0.0, "°C", Temperature, 273.15),
    ("degrees C", Words, 40.0, "°C", Temperature, 313.15),
    ("Celsius", Words, 40.0, "°C", Temperature, 313.15),
    ("°F", Words, 95.0, "°F", Temperature, 308.15),
    ("° F", Words, 95.0, "°F", Temperature, 308.15),
    ("F", Glued, 118.2, "°F", Temperature, 321.038_888_888_888_9),
    ("degrees Fahrenheit", Words, 32.0, "°F", Temperature, 273.15),
    ("Fahrenheit", Words, 212.0, "°F", Temperature, 373.15),
    ("degrees F", Words, -40.0, "°F", Temperature, 233.15),
    ("kelvin", Words, 300.0, "K", Temperature, 300.0),
    ("kelvins", Words, 300.0, "K", Temperature, 300.0),
    ("degrees Kelvin", Words, 5.0, "K", Temperature, 5.0),
    // speed
    ("mph", Words, 40.0, "mph", Speed, 40.0 * MILE / HOUR),
    ("MPH", Words, 40.0, "mph", Speed, 40.0 * MILE / HOUR),
    ("mph", Glued, 40.0, "mph", Speed, 40.0 * MILE / HOUR),
    ("m.p.h.", Words, 40.0, "mph", Speed, 40.0 * MILE / HOUR),
    (
        "miles per hour",
        Words,
        40.0,
        "mph",
        Speed,
        40.0 * MILE / HOUR,
    ),
    (
        "miles an hour",
        Words,
        40.0,
        "mph",
        Speed,
        40.0 * MILE / HOUR,
    ),
    ("km/h", Words, 120.0, "km/h", Speed, 120.0 / 3.6),
    ("km / h", Words, 120.0, "km/h", Speed, 120.0 / 3.6),
    ("km/h", Glued, 120.0, "km/h", Speed, 120.0 / 3.6),
    ("kph", Words, 90.0, "km/h", Speed, 25.0),
    ("kmh", Words, 90.0, "km/h", Speed, 25.0),
    ("kilometres per hour", Words, 90.0, "km/h", Speed, 25.0),
    ("kilometers an hour", Words, 90.0, "km/h", Speed, 25.0),
    ("knots", Words, 10.0, "knot", Speed, 10.0 * 1852.0 / HOUR),
    ("metres per second", Words, 3.0, "m/s", Speed, 3.0),
    ("m/s", Words, 3.0, "m/s", Speed, 3.0),
    ("km/s", Words, 11.2, "km/s", Speed, 11_200.0),
    // data, in bytes
    ("GB", Words, 16.0, "GB", Data, 16e9),
    ("GB", Glued, 16.0, "GB", Data, 16e9),
    ("gigabytes", Words, 16.0, "GB", Data, 16e9),
    ("TB", Words, 8.0, "TB", Data, 8e12),
    ("terabytes", Words, 8.0, "TB", Data, 8e12),
    ("MB", Glued, 500.0, "MB", Data, 5e8),
    ("megabytes", Words, 500.0, "MB", Data, 5e8),
    ("KB", Words, 64.0, "kB", Data, 64_000.0),
    ("kB", Words, 64.0, "kB", Data, 64_000.0),
    ("PB", Words, 1.0, "PB", Data, 1e15),
    ("GiB", Words, 1.0, "GiB", Data, 1_073_741_824.0),
    ("bytes", Words, 512.0, "B", Data, 512.0),
    ("bits", Words, 64.0, "bit", Data, 8.0),
    ("Gb", Words, 1.0, "Gbit", Data, 1.25e8),
    ("gigabits", Words, 1.0, "Gbit", Data, 1.25e8),
    ("Mbps", Words, 100.0, "Mbit/s", DataRate, 1.25e7),
    ("Gbps", Glued, 1.0, "Gbit/s", DataRate, 1.25e8),
    // frequency, power, energy
    ("GHz", Glued, 3.2, "GHz", Frequency, 3.2e9),
    ("GHz", Words, 3.2, "GHz", Frequency, 3.2e9),
    ("gigahertz", Words, 3.2, "GHz", Frequency, 3.2e9),
    ("MHz", Words, 100.0, "MHz", Frequency, 1e8),
    ("kHz", Words, 44.1, "kHz", Frequency, 44_100.0),
    ("Hz", Words, 50.0, "Hz", Frequency, 50.0),
    ("rpm", Words, 3_000.0, "rpm", Frequency, 50.0),
    ("MW", Words, 600.0, "MW", Power, 6e8),
    ("MW", Glued, 600.0, "MW", Power, 6e8),
    ("megawatts", Words, 600.0, "MW", Power, 6e8),
    ("GW", Words, 1.2, "GW", Power, 1.2e9),
    ("gigawatts", Words, 1.2, "GW", Power, 1.2e9),
    ("kW", Words, 7.0, "kW", Power, 7_000.0),
    ("kilowatts", Words, 7.0, "kW", Power, 7_000.0),
    ("watts", Words, 60.0, "W", Power, 60.0),
    (
        "horsepower",
        Words,
        300.0,
        "hp",
        Power,
        300.0 * 745.699_871_582_270_2,
    ),
    (
        "hp",
        Glued,
        300.0,
        "hp",
        Power,
        300.0 * 745.699_871_582_270_2,
    ),
    ("kWh", Words, 10.0, "kWh", Energy, 3.6e7),
    ("kwh", Words, 10.0, "kWh", Energy, 3.6e7),
    ("kilowatt hours", Words, 10.0, "kWh", Energy, 3.6e7),
    ("MWh", Words, 2.0, "MWh", Energy, 7.2e9),
    ("TWh", Words, 1.0, "TWh", Energy, 3.6e15),
    ("GWh", Glued, 5.0, "GWh", Energy, 1.8e13),
    ("joules", Words, 100.0, "J", Energy, 100.0),
    ("megajoules", Words, 2.0, "MJ", Energy, 2e6),
    ("calories", Words, 500.0, "kcal", Energy, 500.0 * 4_184.0),
    ("kcal", Words, 500.0, "kcal", Energy, 500.0 * 4_184.0),
    ("BTU", Words, 1.0, "Btu", Energy, 1_055.056),
    // pressure, electricity, radiation, flows
    ("hPa", Words, 950.0, "hPa", Pressure, 95_000.0),
    ("hectopascals", Words, 950.0, "hPa", Pressure, 95_000.0),
    ("millibars", Words, 950.0, "mbar", Pressure, 95_000.0),
    ("mb", Words, 950.0, "mbar", Pressure, 95_000.0),
    (
        "psi",
        Words,
        30.0,
        "psi",
        Pressure,
        30.0 * 4.448_221_615_260_5 / (INCH * INCH),
    ),
    ("kPa", Words, 101.325, "kPa", Pressure, 101_325.0),
    ("atmospheres", Words, 2.0, "atm", Pressure, 202_650.0),
    (
        "mmHg",
        Words,
        120.0,
        "mmHg",
        Pressure,
        120.0 * 133.322_387_415,
    ),
    ("volts", Words, 12.0, "V", Voltage, 12.0),
    ("V", Glued, 12.0, "V", Voltage, 12.0),
    ("kV", Words, 400.0, "kV", Voltage, 400_000.0),
    ("amps", Words, 13.0, "A", Current, 13.0),
    ("mAh", Glued, 5_000.0, "mAh", Charge, 18_000.0),
    ("millisieverts", Words, 20.0, "mSv", RadiationDose, 0.02),
    ("mSv", Words, 20.0, "mSv", RadiationDose, 0.02),
    ("µSv", Words, 3.0, "µSv", RadiationDose, 3e-6),
    ("becquerels", Words, 100.0, "Bq", Radioactivity, 100.0),
    (
        "barrels per day",
        Words,
        86_400.0,
        "bbl/d",
        FlowRate,
        42.0 * GALLON,
    ),
    ("bpd", Words, 86_400.0, "bbl/d", FlowRate, 42.0 * GALLON),
    ("cubic metres per second", Words, 5.0, "m³/s", FlowRate, 5.0),
    ("bcm", Words, 2.5, "bcm", Volume, 2.5e9),
    ("tcf", Words, 1.0, "tcf", Volume, 1e12 * FOOT * FOOT * FOOT),
    ("decibels", Words, 85.0, "dB", SoundLevel, 85.0),
    ("dB", Glued, 85.0, "dB", SoundLevel, 85.0),
];

fn lookup(surface: &str, how: How) -> Option<&'static factspan::units::Unit> {
    match how {
        Words => {
            let words: Vec<&str> = surface.split(' ').collect();
            let (n, u) = longest_unit(&words)?;
            // The whole surface must be the unit.
            (n == words.len()).then_some(u)
        }
        Glued => unit_suffix(surface),
    }
}

#[test]
fn table_rows() {
    assert!(ROWS.len() >= 150, "{} rows", ROWS.len());
    let mut failures = Vec::new();
    for &(surface, how, value, name, dim, si) in ROWS {
        let Some(u) = lookup(surface, how) else {
            failures.push(format!("{surface:?} ({how:?}): no unit"));
            continue;
        };
        let got = u.to_si(value);
        let close = (got - si).abs() <= 1e-9 * si.abs().max(1e-12);
        if u.name() != name || u.dimension() != dim || !close {
            failures.push(format!(
                "{surface:?} ({how:?}) {value}: got {} {:?} {got}, want {name} {dim:?} {si}",
                u.name(),
                u.dimension()
            ));
        }
        if u.si_unit() != dim.si_unit() {
            failures.push(format!("{surface:?}: si unit {}", u.si_unit()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Words that follow numbers in news and are not units (or not here: Pint
/// defines `are`, `point`, `line`, `tex`, `hand`, `section`, `a` and `at`).
const NOT_UNITS_AFTER_A_NUMBER: &[&str] = &[
    "a", "at", "are", "point", "points", "line", "lines", "tex", "hand", "hands", "section",
    "quarter", "quarters", "slug", "gray", "cycle", "turn", "circle", "count", "dot", "pixel",
    "shot", "shots", "grain", "link", "rod", "pole", "chain", "bag", "gamma", "rem", "rads",
    "shake", "fifth", "people", "of", "per", "square", "cubic", "metric", "sq", "s", "k", "bn",
    "d", "t", "pt", "M", "Mm", "MM", "G", "mil", "rad", "stones", "octet", "julian", "gb", "fps",
    "MPs", "A", "N", "J", "au", "AU", "ct", "h", "l", "L", "1", "",
];

#[test]
fn common_words_are_not_units() {
    for w in NOT_UNITS_AFTER_A_NUMBER {
        assert!(longest_unit(&[*w]).is_none(), "{w:?} read as a unit");
    }
}

/// Written onto a number, these are not units: ordinal and decade endings,
/// scales, ages, times of day.
const NOT_UNIT_SUFFIXES: &[&str] = &[
    "s", "th", "st", "nd", "rd", "k", "K", "bn", "tn", "pm", "am", "x", "-year-old", "-year",
    "-strong", "%", "M", "Mm", "MM", "mln", "A", "N", "-", "km/", "sq",
];

#[test]
fn suffixes_that_are_not_units() {
    for s in NOT_UNIT_SUFFIXES {
        let u = unit_suffix(s);
        assert!(
            u.is_none() || s == &"-year",
            "{s:?} read as {:?}",
            u.map(|u| u.name())
        );
    }
    // "-year" alone is the unit of a compound such as "a 47-year sentence";
    // "-year-old" is an age and not a unit.
    assert_eq!(unit_suffix("-year").map(|u| u.name()), Some("year"));
}

/// Surfaces that are units only where the sentence speaks of a measure.
const AMBIGUOUS: &[(&str, How, &str)] = &[
    ("m", Words, "m"), // "1.2m people": a million
    ("m", Glued, "m"),
    ("B", Glued, "B"),       // "$16B": a billion
    ("pounds", Words, "lb"), // sterling
    ("pound", Words, "lb"),
    ("in", Words, "inch"),        // "5 in 10 voters"
    ("stone", Words, "stone"),    // "two stone lions"
    ("degrees", Words, "degree"), // angle or temperature
    ("C", Words, "°C"),
    ("F", Words, "°F"),
    ("K", Words, "K"),
    ("bar", Words, "bar"),
    ("cups", Words, "cup"),
    ("W", Glued, "W"), // "45W": west
    ("Mt", Words, "Mt"),
    ("°", Glued, "degree"), // "40°": temperature or angle
];

#[test]
fn ambiguous_surfaces_are_flagged() {
    for &(s, how, name) in AMBIGUOUS {
        let u = lookup(s, how).unwrap_or_else(|| panic!("{s:?} ({how:?}): no unit"));
        assert_eq!(u.name(), name, "{s:?}");
        assert!(u.is_ambiguous(), "{s:?} ({how:?}) not flagged");
    }
    // The same units written unambiguously are not flagged.
    for (s, how) in [
        ("metres", Words),
        ("lb", Words),
        ("in", Glued),
        ("C", Glued),
        ("inches", Words),
    ] {
        assert!(!lookup(s, how).unwrap().is_ambiguous(), "{s:?} flagged");
    }
}

#[test]
fn symbols_keep_their_case_and_names_do_not() {
    assert_eq!(unit_suffix("mm").unwrap().name(), "mm");
    assert!(unit_suffix("Mm").is_none());
    assert_eq!(unit_suffix("GB").unwrap().name(), "GB");
    assert_eq!(unit_suffix("Gb").unwrap().name(), "Gbit");
    assert!(unit_suffix("gB").is_none());
    assert_eq!(longest_unit(&["MEGAWATTS"]).unwrap().1.name(), "MW");
    assert_eq!(
        longest_unit(&["Miles", "Per", "Hour"]).unwrap().1.name(),
        "mph"
    );
}

#[test]
fn longest_match_wins_and_counts_tokens() {
    let m = |ws: &[&str]| longest_unit(ws).map(|(n, u)| (n, u.name().to_string()));
    assert_eq!(
        m(&["metric", "tonnes", "of", "wheat"]),
        Some((2, "tonne".into()))
    );
    assert_eq!(m(&["tonnes", "of", "wheat"]), Some((1, "tonne".into())));
    assert_eq!(m(&["square", "feet", "home"]), Some((2, "sq ft".into())));
    assert_eq!(
        m(&["miles", "per", "hour", "winds"]),
        Some((3, "mph".into()))
    );
    assert_eq!(m(&["miles", "from", "here"]), Some((1, "mile".into())));
    assert_eq!(m(&["km", "/", "h", "."]), Some((3, "km/h".into())));
    assert_eq!(m(&["km/h"]), Some((1, "km/h".into())));
    assert_eq!(m(&["°", "F", ")"]), Some((2, "°F".into())));
    assert_eq!(m(&["°F"]), Some((1, "°F".into())));
    assert_eq!(m(&["degrees", "Celsius", "on"]), Some((2, "°C".into())));
    assert_eq!(m(&["degrees", "on"]), Some((1, "degree".into())));
    assert_eq!(
        m(&["cubic", "metres", "per", "second"]),
        Some((4, "m³/s".into()))
    );
    assert_eq!(
        m(&["cubic", "metres", "per", "day"]),
        Some((2, "m³".into()))
    );
    assert_eq!(m(&["barrels", "a", "day"]), Some((3, "bbl/d".into())));
    // A unit that needs a following word is not matched without it.
    assert_eq!(m(&["square"]), None);
    assert_eq!(m(&["metric"]), None);
    // Owned strings work too.
    let owned = vec!["sq".to_string(), "km".to_string()];
    assert_eq!(longest_unit(&owned).map(|m| m.0), Some(2));
}

#[test]
fn unit_named_gives_the_plain_unit() {
    let lb = unit_named("lb").unwrap();
    assert!(!lb.is_ambiguous());
    assert_eq!(lb.dimension(), Mass);
    assert!((lb.to_si(82.0) - 82.0 * LB).abs() < 1e-9);
    let c = unit_named("°C").unwrap();
    assert_eq!((c.factor(), c.offset()), (1.0, 273.15));
    assert!(unit_named("parsec").is_none());
}

proptest::proptest! {
    /// Any words and any suffix: no panic, and a match never claims more
    /// words than it was given.
    #[test]
    fn any_input_is_safe(words in proptest::collection::vec("\\PC{0,12}", 0..8), suffix in "\\PC{0,16}") {
        if let Some((n, u)) = longest_unit(&words) {
            proptest::prop_assert!(n >= 1 && n <= words.len());
            proptest::prop_assert!(!u.name().is_empty());
        }
        let _ = unit_suffix(&suffix);
    }

    /// Known units followed by any words keep at least their own length.
    #[test]
    fn a_unit_then_anything(rest in proptest::collection::vec("[a-z]{1,8}", 0..4)) {
        let mut words = vec!["square".to_string(), "kilometres".to_string()];
        words.extend(rest);
        let (n, u) = longest_unit(&words).unwrap();
        proptest::prop_assert!(n >= 2);
        proptest::prop_assert_eq!(u.dimension(), Area);
    }
}
