namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// The outermost middleware: whatever goes wrong, the caller gets the API's JSON error body. Framework rejections
/// (Kestrel limits, no route, wrong method) keep their status; an unexpected exception is a JSON 500, never a
/// dropped connection.
/// </summary>
internal sealed partial class HubErrorMiddleware(RequestDelegate next, ILogger<HubErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await HubError.WithStatus(ex.StatusCode, $"The request was rejected: {ex.Message}").ExecuteAsync(context);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogFault(logger, ex, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await HubError.Internal($"The fake server failed on this request ({ex.GetType().Name}: {ex.Message}). This is a bug in KipuHub.FakeServer.")
                .ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && response.ContentType is null)
        {
            await HubError.WithStatus(response.StatusCode, DefaultMessage(context)).ExecuteAsync(context);
        }
    }

    private static string DefaultMessage(HttpContext context)
    {
        var request = $"{context.Request.Method} {context.Request.PathBase}{context.Request.Path}";
        return context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound when context.Request.Path.StartsWithSegments(Admin.AdminApi.BasePath) =>
                $"No admin route matches {request}. The admin routes are: {Admin.AdminApi.Routes}.",
            StatusCodes.Status404NotFound => $"No route matches {request}. The routes are listed in /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"{request} is not allowed; allowed methods: {context.Response.Headers.Allow}.",
            _ => $"{request} failed.",
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogFault(ILogger logger, Exception exception, string method, PathString path);
}
