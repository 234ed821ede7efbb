using System;

namespace RedFlags.Evaluation;

/// <summary>What an evaluation makes of the node truths an engine computed: an explained assessment
/// (<see cref="Explainer.Explain"/>) or its summary (<see cref="Explainer.Summarize"/>).</summary>
/// <typeparam name="T">The result.</typeparam>
internal delegate T Explanation<out T>(ExplanationCache plan, PatientPresentation presentation, in FactReader facts, ReadOnlySpan<Truth> nodeTruths, LaboratoryReading? labs);
