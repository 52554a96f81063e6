import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("metaTitle") };
}

/** Every person with an account (not guests): change password, change email, sign out of all devices. */
export default rolePage(
  ["resident", "staff", "manager"],
  async function AccountPage(actor, { searchParams }: { searchParams: Promise<{ changed?: string }> }) {
    const [{ changed }, t] = await Promise.all([searchParams, getTranslations("account")]);
    const email = actor.email ?? "";
    return (
      <div className="max-w-2xl space-y-6">
        <PageHeader title={t("title")} description={t("description")} />
        {changed === "password" ? (
          <Alert tone="success" role="status">
            {t("password.changed")}
          </Alert>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>{t("password.title")}</CardTitle>
            <CardDescription>{t("password.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ChangePasswordForm email={email} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("email.title")}</CardTitle>
            <CardDescription>{t("email.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ChangeEmailForm email={email} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("sessions.title")}</CardTitle>
            <CardDescription>{t("sessions.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <SignOutEverywhereForm />
          </CardContent>
        </Card>
      </div>
    );
  },
);
