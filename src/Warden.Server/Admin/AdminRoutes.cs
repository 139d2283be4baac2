namespace Warden.Server.Admin;

/// <summary>Route groups that require the admin bearer token on every endpoint.</summary>
public static class AdminRoutes
{
    /// <summary>Maps a group under <paramref name="prefix"/> whose endpoints all run the admin token check first.</summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag).AddEndpointFilter(async (ctx, next) =>
        {
            await ctx.HttpContext.RequestServices.GetRequiredService<AdminAuthenticator>().RequireAdminAsync(ctx.HttpContext);
            return await next(ctx);
        });
}
