namespace KipuHub.Contract.Tool.Reading;

/// <summary>Bad input (an unreadable document, a bad flag): the command answers exit code 2 with this message.</summary>
internal sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
