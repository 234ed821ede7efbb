using FsCheck.Fluent;
using RedFlags.Testing;

namespace RedFlags.Tests.Evaluation;

/// <summary>The evaluation mode is chosen when an evaluator is built and changes speed only, never a result.</summary>
public class EvaluationModeTests
{
    [Fact]
    public void Constructor_Automatic_CompilesWhereCodeCanBeCompiled()
    {
        var expected = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled ? EvaluationMode.Compiled : EvaluationMode.Interpreted;
        Assert.Equal(expected, new RedFlagEvaluator(DefaultCatalogue.RuleSet).Mode);
        Assert.Equal(expected, new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Automatic).Mode);
    }

    [Theory]
    [InlineData(EvaluationMode.Interpreted)]
    [InlineData(EvaluationMode.Compiled)]
    public void Constructor_ExplicitMode_IsTheModeUsed(EvaluationMode mode)
        => Assert.Equal(mode, new RedFlagEvaluator(DefaultCatalogue.RuleSet, mode).Mode);

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Constructor_UndefinedMode_ThrowsNamingTheArgument(int mode)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RedFlagEvaluator(DefaultCatalogue.RuleSet, (EvaluationMode)mode));
        Assert.Equal("mode", error.ParamName);
        Assert.StartsWith("The evaluation mode is not defined.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullRuleSet_ThrowsNamingTheArgument()
    {
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new RedFlagEvaluator(null!)).ParamName);
        foreach (var mode in new[] { EvaluationMode.Automatic, EvaluationMode.Interpreted, EvaluationMode.Compiled })
        {
            Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new RedFlagEvaluator(null!, mode)).ParamName);
        }
    }

    [Fact]
    public void AssessAndAssessUrgency_InterpretedAndCompiled_GiveEqualResultsForEveryPresentation()
    {
        var interpreted = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);
        var compiled = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Compiled);
        foreach (var patient in RedFlagsArbitraries.ValidPresentationGenerator().Sample(2000, 30))
        {
            var assessment = interpreted.Assess(patient);
            Assert.Equal(assessment, compiled.Assess(patient));
            Assert.Equal(assessment.Urgency, interpreted.AssessUrgency(patient));
            Assert.Equal(assessment.Urgency, compiled.AssessUrgency(patient));
        }
    }

    [Fact]
    public void AssessAndAssessUrgency_LargeRuleSetCompiledInChunks_GiveTheInterpretedResults()
    {
        var rules = EngineEquivalenceTests.LargeRuleSet();
        var interpreted = new RedFlagEvaluator(rules, EvaluationMode.Interpreted);
        var compiled = new RedFlagEvaluator(rules, EvaluationMode.Compiled);
        foreach (var patient in RedFlagsArbitraries.ValidPresentationGenerator().Sample(300, 30))
        {
            Assert.Equal(interpreted.Assess(patient), compiled.Assess(patient));
            Assert.Equal(interpreted.AssessUrgency(patient), compiled.AssessUrgency(patient));
        }
    }
}
