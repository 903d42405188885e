// The provider's self-assessment (issue 20): the stakeholder's page, in the provider's wording (the role comes from the path).
export { default, loader, meta } from "./stakeholder-reviews.$reviewId.answer._index";
