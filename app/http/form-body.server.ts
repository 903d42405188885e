/**
 * Reading a page form's body. `request.formData()` throws on a body it cannot
 * read (a Content-Type that is not a form's, broken multipart): that is the
 * sender's mistake, so it is a 415 or a 400 with a message, never a 500.
 */
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

export async function readFormData(request: Request): Promise<FormData> {
  if (!FORM_TYPES.test(request.headers.get("Content-Type") ?? "")) {
    throw new Response("Send this form as application/x-www-form-urlencoded or multipart/form-data.", {
      status: 415,
      statusText: "Unsupported Media Type",
    });
  }
  try {
    return await request.formData();
  } catch {
    throw new Response("This form’s contents could not be read.", { status: 400 });
  }
}
