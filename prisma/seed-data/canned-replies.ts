// Starting canned replies; admins edit them at /staff/canned-replies. Variables: {{name}},
// {{reference}}, {{product}}.
export const cannedReplies = [
  {
    title: "Quote: prices and lead time",
    body: `Dear {{name}},

Thank you for your quote request {{reference}}. Please find our offer for {{product}} below.

[pack size — price — lead time]

Prices are valid for 30 days and exclude shipping and local taxes. To order, reply to this email with your purchase order, quoting {{reference}}.

Best regards,`,
  },
  {
    title: "Support: solubility and solution stability",
    body: `Dear {{name}},

Thank you for your question about {{product}} ({{reference}}).

[solvent, maximum concentration, preparation steps, storage of the solution]

These recommendations come from our own tests and the product's data sheet; please confirm them in your own system. For research use only.

Best regards,`,
  },
  {
    title: "Custom synthesis: feasibility under review",
    body: `Dear {{name}},

Thank you for your custom synthesis request {{reference}} for {{product}}. Our chemists are assessing the route and the labelling you asked for; we will send a feasibility assessment and a quote with a timeline.

If you need a confidentiality agreement before sharing more detail, reply to this email and we will send ours.

Best regards,`,
  },
];
