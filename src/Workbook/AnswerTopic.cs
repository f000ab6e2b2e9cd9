namespace Workbook;

/// <summary>The parts of the workbook's answer, in the order it gives them.</summary>
public enum AnswerTopic
{
    /// <summary>Where the op-ed's words differ from the reports'.</summary>
    Vocabulary,
    /// <summary>Where the op-ed's voice differs: stance markers, opinion signals, tone.</summary>
    Voice,
    /// <summary>Where its sourcing differs: attribution and whom it quotes.</summary>
    Sourcing,
    /// <summary>Which of its claims the reports support, contradict, discuss or leave unaddressed, and on whose word.</summary>
    Claims,
}
