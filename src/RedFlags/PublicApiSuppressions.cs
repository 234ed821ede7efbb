using System.Diagnostics.CodeAnalysis;

// RS0026 warns against two public overloads that both have optional parameters, because adding such an overload
// later can break callers. These two were designed together (they differ by their first parameter's type, so no call
// is ambiguous) and ship in the first version; new overloads with optional parameters still fail the build.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Designed together in 0.1.0; the first parameter's type always decides the overload.",
    Scope = "member", Target = "~M:RedFlags.Json.RedFlagsJson.Serialize(RedFlags.PatientPresentation,System.Boolean)~System.String")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Designed together in 0.1.0; the first parameter's type always decides the overload.",
    Scope = "member", Target = "~M:RedFlags.Json.RedFlagsJson.Serialize(RedFlags.Assessment,System.Boolean)~System.String")]
