using System.Collections.Generic;
using RedFlags.Fhir;

namespace RedFlags.CdsHooks;

/// <summary>
/// A code that marks a <c>ServiceRequest</c> as spine imaging for the <c>order-select</c> and <c>order-sign</c>
/// services. The table is open: add the codes of your order catalogue to
/// <see cref="RedFlagsCdsHooksOptions.SpineImagingCodes"/>.
/// </summary>
public sealed class SpineImagingCode
{
    /// <summary>The code system (for example <see cref="FhirCodeSystems.Cpt"/> or <see cref="FhirCodeSystems.Loinc"/>).</summary>
    public required string System { get; init; }

    /// <summary>The code, matched exactly.</summary>
    public required string Code { get; init; }

    /// <summary>The text a person reads.</summary>
    public required string Display { get; init; }

    /// <summary>The modality.</summary>
    public required SpineImagingModality Modality { get; init; }

    /// <summary>The region.</summary>
    public required SpineImagingRegion Region { get; init; }

    /// <summary>Whether the study is done with intravenous contrast.</summary>
    public bool WithContrast { get; init; }

    /// <summary>
    /// The default table: CPT codes of lumbar spine radiographs, CT and MRI, and LOINC codes of lumbar spine MRI.
    /// Checked against public usage, not against a release file: review them with a terminologist. There is no CPT
    /// code of a whole-spine MRI; add your local code.
    /// </summary>
    public static IReadOnlyList<SpineImagingCode> Defaults { get; } =
    [
        new() { System = FhirCodeSystems.Cpt, Code = "72100", Display = "X-ray lumbosacral spine, 2 or 3 views", Modality = SpineImagingModality.XRay, Region = SpineImagingRegion.Lumbar },
        new() { System = FhirCodeSystems.Cpt, Code = "72110", Display = "X-ray lumbosacral spine, minimum of 4 views", Modality = SpineImagingModality.XRay, Region = SpineImagingRegion.Lumbar },
        new() { System = FhirCodeSystems.Cpt, Code = "72131", Display = "CT lumbar spine without contrast", Modality = SpineImagingModality.Ct, Region = SpineImagingRegion.Lumbar },
        new() { System = FhirCodeSystems.Cpt, Code = "72132", Display = "CT lumbar spine with contrast", Modality = SpineImagingModality.Ct, Region = SpineImagingRegion.Lumbar, WithContrast = true },
        new() { System = FhirCodeSystems.Cpt, Code = "72133", Display = "CT lumbar spine without and with contrast", Modality = SpineImagingModality.Ct, Region = SpineImagingRegion.Lumbar, WithContrast = true },
        new() { System = FhirCodeSystems.Cpt, Code = "72148", Display = "MRI lumbar spine without contrast", Modality = SpineImagingModality.Mri, Region = SpineImagingRegion.Lumbar },
        new() { System = FhirCodeSystems.Cpt, Code = "72149", Display = "MRI lumbar spine with contrast", Modality = SpineImagingModality.Mri, Region = SpineImagingRegion.Lumbar, WithContrast = true },
        new() { System = FhirCodeSystems.Cpt, Code = "72158", Display = "MRI lumbar spine without and with contrast", Modality = SpineImagingModality.Mri, Region = SpineImagingRegion.Lumbar, WithContrast = true },
        new() { System = FhirCodeSystems.Loinc, Code = "24531-6", Display = "MR Lumbar spine WO contrast", Modality = SpineImagingModality.Mri, Region = SpineImagingRegion.Lumbar },
        new() { System = FhirCodeSystems.Loinc, Code = "24532-4", Display = "MR Lumbar spine W contrast", Modality = SpineImagingModality.Mri, Region = SpineImagingRegion.Lumbar, WithContrast = true },
        new() { System = FhirCodeSystems.Loinc, Code = "24533-2", Display = "MR Lumbar spine WO and W contrast", Modality = SpineImagingModality.Mri, Region = SpineImagingRegion.Lumbar, WithContrast = true },
    ];
}
